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
  officialBanner: "Un servicio oficial para personas y organizaciones afectadas por la prohibición del software de Kaspersky en Estados Unidos",
  skipLink: "Saltar al contenido principal",
  back: "Volver",
  continue: "Continuar",
  errorTitlePrefix: "Error: ",
  errorSummaryTitle: "Hay un problema",
  footer: "Este servicio guarda sus respuestas sin nada que lo identifique: ni nombre, ni dirección, ni dirección IP.",
};

export const pages = {
  start: {
    title: "Averigüe qué significa para usted la prohibición de Kaspersky",
    lead: "En 2024, el Gobierno de Estados Unidos prohibió el software de seguridad de Kaspersky. Usarlo no es ilegal, pero ya no recibe actualizaciones, así que ya no lo protege.",
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
    adviceUpdated: "Actualizamos nuestros consejos después de esta consulta. Los pasos de abajo son los consejos actuales.",
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
  cisa: "CISA (Cybersecurity and Infrastructure Security Agency), la agencia federal de ciberseguridad",
  test_labs: "AV-Comparatives, un laboratorio de pruebas independiente",
};
