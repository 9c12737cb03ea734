/**
 * @module
 * Spanish counterpart of src/i18n/en/steps.ts: the words for each guidance
 * step, with the same ids and the same structure (a nested list is shown as
 * bullet points). It says what the English says: nothing more, nothing less.
 */
import type { StepCatalog } from "..";

export const steps = {
  updates_stopped: {
    title: "Kaspersky ya no protege sus dispositivos",
    body: [
      "Desde el {updatesStop}, Kaspersky tiene prohibido enviar actualizaciones a personas y organizaciones en Estados Unidos. El software sigue funcionando, pero no puede reconocer amenazas nuevas, así que da una falsa sensación de seguridad.",
      "Reemplácelo ahora. Los pasos a continuación le explican cómo hacerlo, en orden.",
    ],
  },
  updates_ending: {
    title: "Las actualizaciones de Kaspersky terminan el {updatesStop}",
    body: [
      "Desde el {salesStop}, Kaspersky tiene prohibido hacer ventas nuevas en Estados Unidos. A partir del {updatesStop}, tampoco podrá enviar actualizaciones, y el software dejará de reconocer amenazas nuevas.",
      "El Departamento de Comercio le pide firmemente que cambie a otro producto ahora, en lugar de esperar.",
    ],
  },
  sales_ending: {
    title: "Las ventas de Kaspersky terminan el {salesStop} y las actualizaciones, el {updatesStop}",
    body: [
      "A partir del {salesStop}, Kaspersky no podrá hacer ventas nuevas en Estados Unidos. A partir del {updatesStop}, no podrá enviar actualizaciones, y el software dejará de reconocer amenazas nuevas.",
      "El Departamento de Comercio le pide firmemente que cambie a otro producto ahora, en lugar de esperar.",
    ],
  },
  how_to_check: {
    title: "Cómo verificar si tiene Kaspersky",
    body: [
      "Busque en cada dispositivo cualquier cosa con el nombre Kaspersky:",
      [
        "Windows: abra Configuración, luego Aplicaciones, luego Aplicaciones instaladas, y busque Kaspersky. Un ícono de Kaspersky cerca del reloj es otra señal.",
        "Mac: abra Finder, luego Aplicaciones, y busque Kaspersky. Un ícono de Kaspersky en la barra de menús es otra señal.",
        "Android: abra Configuración, luego Aplicaciones, y busque Kaspersky.",
        "iPhone o iPad: deslice el dedo hasta la Biblioteca de apps y busque Kaspersky.",
      ],
      "Si UltraAV o UltraVPN apareció en un dispositivo sin que usted lo instalara, es casi seguro que ese dispositivo tenía Kaspersky: en {handoverMonth}, Kaspersky transfirió a sus clientes de Estados Unidos a UltraAV.",
      "Cuando lo sepa, puede volver atrás y cambiar su respuesta para obtener los pasos que le correspondan.",
    ],
  },
  ultraav_sign: {
    title: "Si un dispositivo tiene UltraAV, es que tenía Kaspersky",
    body: [
      "En {handoverMonth}, Kaspersky transfirió a sus clientes de Estados Unidos a UltraAV, un producto de Pango Group. En muchas computadoras con Windows, una actualización eliminó Kaspersky e instaló UltraAV (y UltraVPN para quienes tenían suscripción a la VPN) sin que nadie hiciera clic en nada.",
      "No es un virus. Pero significa que Kaspersky estaba en ese dispositivo, y es posible que usted todavía esté pagando una suscripción: vea más abajo el paso sobre los cobros.",
    ],
  },
  federal_already_barred: {
    title: "Las agencias federales tienen prohibido usar Kaspersky desde {federalDirectiveYear}",
    body: [
      "La Directiva Operativa Vinculante 17-01 y, después, la Ley de Autorización de Defensa Nacional para 2018 prohíben a las agencias federales usar productos de Kaspersky. Cualquier software de Kaspersky que encuentre ya debería haberse eliminado.",
      "Informe lo que encuentre al equipo de seguridad de su agencia y elimínelo.",
    ],
  },
  provider_must_stop: {
    title: "Usted no puede vender, revender ni integrar productos de Kaspersky",
    body: [
      "A partir del {salesStop}, no se permiten acuerdos nuevos para suministrar productos o servicios de Kaspersky a personas de Estados Unidos. A partir del {updatesStop}, también están prohibidas la reventa, la integración en otros productos y las licencias para reventa o integración.",
      "El Departamento de Comercio dice que los vendedores y revendedores que incumplan la norma se exponen a sanciones. Ayude a sus clientes a cambiar a otros productos, y verifique si algo de lo que usted suministra usa por dentro un motor de Kaspersky.",
    ],
  },
  not_illegal: {
    title: "Usted no está infringiendo la ley",
    body: [
      "La prohibición obliga a Kaspersky, no a sus clientes. El Departamento de Comercio ha dicho que las personas y las empresas que tienen o usan productos de Kaspersky no se exponen a ninguna sanción penal ni civil.",
      "Pero usted asume todos los riesgos de usarlo, y el Gobierno les pide firmemente a todos que cambien a otro producto.",
    ],
  },
  org_inventory: {
    title: "Encuentre todos los dispositivos y productos que usan Kaspersky",
    body: [
      "Haga una lista de todas las computadoras, servidores y teléfonos que administra su organización, y revise cada uno. Incluya las computadoras portátiles que rara vez se conectan y los sistemas que administra un proveedor.",
      "Anote también los productos de otras empresas que puedan contener el motor de Kaspersky: firewalls, puertas de enlace, routers y paquetes de seguridad.",
    ],
  },
  org_central_removal: {
    title: "Elimine Kaspersky de forma centralizada y luego instale el reemplazo",
    body: [
      "Si administra Kaspersky con Kaspersky Security Center, use sus tareas de desinstalación remota para eliminarlo de los dispositivos administrados, en lugar de ir a cada uno.",
      "Tenga listo el reemplazo antes de eliminar Kaspersky, para que los dispositivos no queden sin protección. Después, verifique que cada dispositivo de su lista indique que tiene la nueva protección.",
    ],
  },
  export_passwords: {
    title: "Exporte sus contraseñas antes de desinstalar",
    body: [
      "El archivo de copia de seguridad propio de Kaspersky Password Manager solo lo puede leer Kaspersky, así que primero exporte sus contraseñas:",
      [
        "En Password Manager, vaya a “Additional”, luego a “Settings”, luego a “Import/Export”, y elija “Export to text file”.",
        "Importe ese archivo en su nuevo administrador de contraseñas.",
        "Luego borre el archivo: contiene todas sus contraseñas en texto sin cifrar.",
      ],
    ],
  },
  cancel_renewal: {
    title: "Deje de pagar por Kaspersky",
    body: [
      "Desactive la renovación automática para que no le cobren por un software que ya no recibe actualizaciones. Inicie sesión en My Kaspersky y vaya a “Subscriptions”. Los pagos los gestiona una empresa llamada Nexway.",
      "Si se suscribió a través de una tienda de aplicaciones, cancele la suscripción en la sección de suscripciones de esa tienda.",
    ],
  },
  ultraav_billing: {
    title: "Verifique si UltraAV le está cobrando",
    body: [
      "En {handoverMonth}, Kaspersky transfirió a cerca de un millón de clientes de Estados Unidos a UltraAV. UltraAV mantiene el calendario de cobros de Kaspersky, así que es posible que le cobren aunque usted nunca lo haya elegido.",
      "Revise los estados de cuenta de su tarjeta o de su banco, y la facturación de UltraAV. Puede quedarse con UltraAV o eliminarlo con su propio desinstalador. En cualquier caso, asegúrese de que cada dispositivo esté protegido por algo actualizado.",
    ],
  },
  uninstall_windows: {
    title: "Desinstale Kaspersky de Windows",
    body: [
      [
        "Abra Configuración, luego Aplicaciones, luego Aplicaciones instaladas.",
        "Busque cada aplicación de Kaspersky, selecciónela y elija Desinstalar. Reinicie la computadora cuando se lo pida.",
        "Si la desinstalación falla, use la herramienta de eliminación de Kaspersky, kavremover, y vuelva a reiniciar.",
      ],
      "Microsoft Defender Antivirus, que viene integrado en Windows, se activa por sí solo cuando Kaspersky ya no está.",
    ],
  },
  uninstall_mac: {
    title: "Desinstale Kaspersky de su Mac",
    body: [
      [
        "Abra Finder, luego Aplicaciones, y busque la aplicación de Kaspersky.",
        "Si vino con un desinstalador, úselo. Si no, arrastre la aplicación a la Papelera y vacíe la Papelera.",
        "Reinicie la Mac.",
      ],
      "macOS tiene una protección integrada llamada XProtect, que sigue funcionando después de eliminar Kaspersky.",
    ],
  },
  uninstall_android: {
    title: "Desinstale Kaspersky de teléfonos y tabletas Android",
    body: [
      [
        "Abra Configuración, luego Aplicaciones, y busque cada aplicación de Kaspersky.",
        "Elija Desinstalar.",
      ],
      "Google Play Protect, que viene con Android, sigue analizando las aplicaciones, aunque detecta menos que una aplicación de seguridad completa.",
    ],
  },
  uninstall_ios: {
    title: "Elimine Kaspersky del iPhone y el iPad",
    body: [
      [
        "Mantenga presionada la app de Kaspersky, elija Eliminar app y luego, otra vez, Eliminar app.",
        "Eliminar una app no cancela la suscripción: revise Configuración, luego su nombre, luego Suscripciones.",
      ],
    ],
  },
  uninstall_servers: {
    title: "Elimine Kaspersky de los servidores",
    body: [
      "Planifique la eliminación como cualquier cambio en un sistema de producción: primero instale y pruebe el reemplazo; luego elimine Kaspersky durante una ventana de mantenimiento, con las tareas de desinstalación remota de Kaspersky Security Center si las tiene.",
      "Sin actualizaciones, Kaspersky sigue funcionando en un servidor, pero ya no detecta amenazas nuevas.",
    ],
  },
  replacement_protection: {
    title: "Asegúrese de que cada dispositivo esté protegido por algo actualizado",
    body: [
      "Cuando Kaspersky ya no está, Windows activa Microsoft Defender Antivirus y las Mac usan XProtect. Android tiene Google Play Protect, que detecta menos. Verifique que cada dispositivo muestre su protección activada y actualizada.",
      "Si quiere otro producto, hay laboratorios de pruebas independientes, como AV-TEST y AV-Comparatives, que los comparan. Este servicio no recomienda a ninguna empresa.",
    ],
  },
  embedded_ask_vendor: {
    title: "Pregunte a los fabricantes de sus otros productos si tienen Kaspersky por dentro",
    body: [
      "La prohibición también cubre el software de Kaspersky integrado en productos de otras empresas, como firewalls, puertas de enlace, routers y paquetes de seguridad que usan el motor de Kaspersky con licencia.",
      "Pregunte a cada fabricante si su producto usa tecnología de Kaspersky y con qué la va a reemplazar. A partir del {updatesStop}, esas partes de Kaspersky no reciben actualizaciones.",
    ],
  },
  cisa_help: {
    title: "CISA puede ayudarle a dejar Kaspersky",
    body: [
      "La Agencia de Seguridad de Infraestructura y Ciberseguridad (CISA) recibió la tarea de ayudar a las organizaciones de infraestructura crítica que usan Kaspersky a encontrar alternativas. Los gobiernos estatales y locales pueden comunicarse con CISA de la misma manera.",
      "Comuníquese con CISA Central, que atiende las 24 horas del día: escriba a central@cisa.gov o llame al 888-282-0870.",
    ],
  },
  outside_us: {
    title: "Vivir en el extranjero no lo excluye de la norma",
    body: [
      "La norma protege a las personas de Estados Unidos. Las firmas de abogados que la han estudiado interpretan que eso incluye a los ciudadanos y residentes de Estados Unidos que viven en el extranjero, así que estos consejos también se aplican a usted.",
    ],
  },
  not_affected: {
    title: "Parece que esto no le afecta",
    body: [
      "Usted nos dijo que no tiene Kaspersky, así que no hay nada que deba eliminar.",
      "Para asegurarse, busque Kaspersky, UltraAV y UltraVPN en la lista de aplicaciones de cada dispositivo. Mantenga activada y actualizada la protección propia de sus dispositivos.",
    ],
  },
} satisfies StepCatalog;
