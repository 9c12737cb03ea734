/**
 * @module
 * Spanish counterpart of src/i18n/en/pages.ts: the words for the pages, errors,
 * "why you see this" and source links. Placeholders in braces ({date}) stay as
 * they are and are filled by `fill` in src/i18n/index.ts.
 */

export const site = {
  languageName: "Español",
  languageSwitchLabel: "Idioma",
  serviceName: "Prohibición de Kaspersky: qué debe hacer",
  skipLink: "Saltar al contenido principal",
  back: "Volver",
  continue: "Continuar",
  errorTitlePrefix: "Error: ",
  errorSummaryTitle: "Hay un problema",
  footer: "Este servicio guarda sus respuestas sin nada que lo identifique: ni nombre, ni dirección, ni dirección IP.",
  governmentBanner: "Un sitio oficial del Gobierno de Estados Unidos",
  howYouKnow: "Así es como usted puede verificarlo",
  howYouKnowGov:
    "Los sitios web oficiales usan .gov. Un sitio web .gov pertenece a una organización oficial del Gobierno de Estados Unidos.",
  howYouKnowHttps:
    "Los sitios web seguros .gov usan HTTPS. Un candado o https:// significa que usted se conectó de forma segura a un sitio web .gov. Comparta información sensible solo en sitios web oficiales y seguros.",
  runBy: "Un servicio de {agency}",
  hotline: "Línea de ayuda",
  footerLinks: "Sobre este servicio",
  helpLink: "Ayuda y contacto",
  privacyLink: "Aviso de privacidad",
  accessibilityLink: "Declaración de accesibilidad",
};

export const pages = {
  start: {
    title: "Averigüe qué significa para usted la prohibición de Kaspersky",
    lead: "En 2024, el Gobierno de Estados Unidos prohibió el software de seguridad de Kaspersky. Para la mayoría, usarlo no es ilegal, pero ya no recibe actualizaciones, así que ya no lo protege.",
    usesTitle: "Use este servicio para saber",
    uses: [
      "si usted o su organización están afectados",
      "qué debe hacer, en orden, en cada tipo de dispositivo",
      "quién puede ayudarle si usted opera infraestructura crítica o un servicio del gobierno",
    ],
    time: "Toma unos 3 minutos. No le pediremos su nombre ni sus datos de contacto.",
    start: "Comenzar ahora",
  },
  notSure: {
    title: "Cómo verificar si tiene Kaspersky",
    intro: "Revise cada uno de sus dispositivos. Toma uno o dos minutos.",
    again: "Responder de nuevo la pregunta",
    continueUnsure: "Continuar: todavía no lo sé con certeza",
  },
  answers: {
    title: "Revise sus respuestas",
    change: "Cambiar",
    notAnswered: "Sin respuesta",
    submitTitle: "Ahora, obtenga sus próximos pasos",
    submitText: "Al continuar, guardaremos sus respuestas sin nada que lo identifique y le daremos un código de referencia.",
    submit: "Obtener mis próximos pasos",
  },
  result: {
    title: "Sus próximos pasos",
    referenceLabel: "Su código de referencia",
    referenceHint: "Guarde este código. Con él puede volver a abrir esta página, o puede dárselo a la línea de ayuda.",
    checkedOn: "Consulta hecha el {date}",
    factsTitle: "Lo que debe saber",
    tasksTitle: "Qué hacer, en orden",
    contactsTitle: "Quién puede ayudarle",
    adviceUpdated: "Sus consejos cambiaron desde el {date}, el día de esta consulta. Los pasos de abajo son los consejos de hoy.",
    newStepsMarked: "Los pasos marcados como Nuevo no estaban en sus consejos de ese día.",
    newStep: "Nuevo",
    why: "Por qué ve esto",
    source: "Fuente:",
    print: "Para guardar una copia, imprima esta página o guárdela como PDF desde su navegador.",
    startAgain: "Comenzar una nueva consulta",
  },
  lookup: {
    title: "Abra un resultado con su código de referencia",
    label: "Código de referencia",
    hint: "8 letras y números, por ejemplo KX7P-4M2Q.",
    submit: "Abrir resultado",
  },
  notFound: {
    title: "No se encontró la página",
    body: "Si escribió la dirección web, verifique que sea correcta.",
    startLink: "Comenzar una nueva consulta",
  },
  referenceNotFound: {
    title: "No encontramos ese código de referencia",
    body: "Revise el código e inténtelo de nuevo. Los códigos tienen 8 caracteres y nunca contienen las letras O, I, L ni U, ni los números 0 ni 1.",
  },
  sessionLost: {
    title: "No se guardaron sus respuestas",
    body: "Guardamos sus respuestas en una cookie mientras completa la consulta. Permita las cookies para este sitio y vuelva a comenzar.",
  },
  forbidden: {
    title: "No pudimos aceptar ese formulario",
    body: "No se envió desde las páginas de este servicio. Vuelva a la página de inicio e inténtelo de nuevo.",
  },
  tooLarge: {
    title: "Eso es más de lo que envía un formulario",
    body: "Lo que se envió es más grande de lo que este servicio acepta. Vuelva atrás e inténtelo de nuevo.",
  },
  tooMany: {
    title: "Demasiadas consultas desde su conexión",
    body: "Para que el servicio siga disponible para todos, aceptamos un número limitado de consultas por minuto desde una misma conexión. Sus respuestas se guardaron: espere un minuto, vuelva atrás y presione el botón otra vez.",
  },
  tooManyLookups: {
    title: "Demasiadas búsquedas desde su conexión",
    body: "Para que nadie pueda adivinar los códigos de referencia, respondemos un número limitado de búsquedas por minuto desde una misma conexión. Espere un minuto y vuelva a intentarlo.",
  },
  unreadable: {
    title: "No pudimos leer ese formulario",
    body: "Lo que se envió no es un formulario que este servicio entienda. Vuelva atrás e inténtelo de nuevo.",
  },
  humanCheckFailed: {
    title: "No pudimos confirmar que usted es una persona",
    body: "Vuelva a la página anterior, complete la casilla de verificación y presione el botón otra vez. Sus respuestas se guardaron.",
  },
  humanCheckUnavailable: {
    title: "La verificación humana no está disponible ahora",
    body: "Sus respuestas se guardaron. Espere un minuto, vuelva atrás y presione el botón otra vez.",
  },
  optionGroups: {
    home: { title: "Productos para el hogar", hint: "Vendidos a personas para sus propias computadoras y teléfonos." },
    business: {
      title: "Productos para empresas",
      hint: "Vendidos a organizaciones, normalmente administrados por un equipo de informática.",
    },
  },
  help: {
    title: "Ayuda y contacto",
    hotlineTitle: "Llame a la línea de ayuda",
    hotlineBody:
      "Un agente puede hacer la verificación con usted, en español o en inglés, y explicarle los próximos pasos. Si tiene un código de referencia, téngalo a mano.",
    hotlineNumber: "Número de la línea de ayuda:",
    hotlineHours: "Horario:",
    noHotline: "Este servicio todavía no tiene línea de ayuda.",
    cisaTitle: "Para organizaciones: CISA Central",
    // CISA is named as in the steps: no CISA page was found giving its own Spanish name, so none is invented here.
    cisaBody:
      "Si usted opera infraestructura crítica, un servicio del gobierno o la red de una empresa, CISA (Cybersecurity and Infrastructure Security Agency), la agencia federal de ciberseguridad, puede ayudarle. Atiende las 24 horas del día.",
    email: "Correo electrónico:",
    phone: "Teléfono:",
    // CISA Central's own contacts, the same in every language and deployment.
    cisaEmail: "central@cisa.gov",
    cisaPhone: "888-282-0870",
    cisaTel: "tel:+18882820870",
    codeTitle: "¿Perdió su código de referencia?",
    codeBody:
      "No podemos encontrar un resultado sin su código, porque no guardamos nada que lo identifique. Haga una nueva verificación: toma unos 3 minutos.",
  },
  privacy: {
    title: "Aviso de privacidad",
    sections: [
      {
        heading: "Qué guardamos",
        body: [
          "Cuando termina la verificación, guardamos las opciones que eligió, si usó el sitio web, la línea de ayuda u otro programa, el idioma, el día (nunca la hora) y un código de referencia al azar.",
          "Nunca guardamos su nombre, dirección, correo electrónico, número de teléfono, dirección IP ni nada que usted escriba con sus propias palabras.",
          "Si responde «¿Le resultó útil?» bajo su resultado, sumamos uno a un recuento de ese día, el tipo de resultado (algo que hacer o nada que hacer), el idioma y su respuesta. No se guarda con su código de referencia ni con sus respuestas.",
        ],
      },
      {
        heading: "Cookies",
        body: [
          "Mientras completa la verificación, sus respuestas se guardan en una cookie en su dispositivo, y otra recuerda su idioma. Se borran cuando termina la verificación o cierra el navegador. No usamos cookies de seguimiento ni de publicidad.",
        ],
      },
      {
        heading: "Cuánto tiempo lo guardamos",
        body: [
          "Guardamos sus respuestas durante {days} días y luego las borramos. Después solo se guarda el código de referencia, para que nunca se le dé a otra persona; al abrirlo se indica que el resultado se borró.",
        ],
      },
      {
        heading: "Quién ve qué",
        body: [
          "Los agentes de la línea de ayuda pueden abrir un resultado cuando usted les dice su código de referencia.",
          "Los analistas solo ven cantidades de respuestas, nunca una verificación individual, y a cada cantidad se le añade un poco de ruido aleatorio para que nadie pueda ser identificado.",
          "Lo que hace el personal queda registrado, sin nombrar ninguna verificación.",
        ],
      },
      {
        heading: "Registros",
        body: [
          "No guardamos registro de sus visitas. Los pocos mensajes de error los guarda nuestro proveedor de alojamiento, Cloudflare, durante 7 días como máximo.",
        ],
      },
    ],
    questions: "¿Tiene preguntas sobre su privacidad? Vea Ayuda y contacto.",
  },
  accessibility: {
    title: "Declaración de accesibilidad",
    intro:
      "Queremos que todas las personas puedan usar este servicio. Busca cumplir las Pautas de Accesibilidad para el Contenido Web (WCAG) 2.2 en el nivel AA, en español y en inglés.",
    sections: [
      {
        heading: "Qué puede hacer",
        body: [
          "Puede usar todas las páginas solo con el teclado, con JavaScript desactivado, en una pantalla de 320 píxeles de ancho y con un zoom del 400% sin desplazarse hacia los lados, y con un lector de pantalla. Todos los resultados se pueden imprimir.",
        ],
      },
      {
        heading: "Cómo lo probamos",
        body: [
          "Cada tipo de página, incluidos los errores, se prueba automáticamente en español y en inglés con cada cambio: con axe-core en el navegador Chromium, solo con el teclado, con JavaScript desactivado, a 320 píxeles de ancho y con un zoom del 200%.",
          "Todavía no lo hemos probado con personas que usan lectores de pantalla, control por voz o lupas de pantalla. Lo haremos antes de que el servicio se use ampliamente, y esta declaración dirá lo que encontramos.",
        ],
      },
      {
        heading: "Informe un problema",
        body: [
          "Si algo no le funciona, llame a la línea de ayuda y dígale al agente en qué página y qué pasó. También puede hacer la verificación con usted por teléfono.",
        ],
      },
    ],
  },
  serverError: {
    title: "Lo sentimos, hay un problema con el servicio",
    body: "Sus respuestas no se han perdido. Inténtelo de nuevo en unos minutos.",
  },
};

export const errors = {
  chooseOne: "Seleccione una respuesta para “{question}”",
  chooseAtLeastOne: "Seleccione al menos una opción para “{question}”",
  notOffered: "Seleccione una de las opciones que se muestran para “{question}”",
  referenceFormat: "Escriba un código de referencia de 8 letras y números, como KX7P-4M2Q",
};

export const why = {
  answered: "Sus respuestas: {answers}.",
  answerPair: "{question}: “{answer}”",
  joiner: "; ",
  or: "” o “",
  from: "Se aplica desde el {date}.",
  until: "Se aplica hasta el {date}.",
  always: "Se aplica a todas las personas que usan este servicio.",
};

export const sources = {
  bis: "Departamento de Comercio, Oficina de Industria y Seguridad (BIS): Kaspersky",
  federal_register: "Determinación final, 89 FR 52434 (Registro Federal)",
  eo_13873: "Orden Ejecutiva 13873, 84 FR 22689, sección 3(e): quién es una persona de Estados Unidos (en inglés)",
  bod_17_01: "CISA: Directiva Operativa Vinculante 17-01",
  far_4_20: "Reglamento Federal de Adquisiciones (FAR), subparte 4.20 (en inglés)",
  far_52_204_23: "Reglamento Federal de Adquisiciones (FAR), cláusula 52.204-23 (en inglés)",
  // CISA's own name in English, explained: a search of CISA's pages found none giving a Spanish name of its own
  // (the Spanish names in use, such as "Agencia de Ciberseguridad y Seguridad de Infraestructura", come from others).
  cisa: "CISA (Cybersecurity and Infrastructure Security Agency), la agencia federal de ciberseguridad",
  test_labs: "AV-Comparatives, un laboratorio de pruebas independiente",
};
