/**
 * @module
 * Spanish counterpart of src/i18n/en/steps-tasks.ts: the same tasks, ids and
 * structure. Screen labels are given in Spanish, with the English label in
 * parentheses where the app may show it in English.
 */
import type { StepWords } from "..";

export const taskSteps = {
  contractor_report: {
    title: "Informe si encuentra Kaspersky en el trabajo del contrato",
    body: [
      "Si encuentra un producto de Kaspersky suministrado al Gobierno por un contrato, infórmelo por escrito al oficial de contrataciones. Haga lo mismo si un subcontratista le avisa de uno.",
      "En los contratos del Departamento de Defensa, infórmelo en dibnet.dod.mil.",
      "La cláusula fija plazos cortos, en días hábiles. Lea el párrafo (c) de la cláusula de su propio contrato: su versión decide los plazos.",
    ],
  },
  federal_report: {
    title: "Informe y elimine cualquier producto de Kaspersky que encuentre",
    body: [
      "Informe al equipo de seguridad de su agencia de todo lo hecho por Kaspersky o con tecnología de Kaspersky integrada. Luego elimínelo.",
      "La Directiva Operativa Vinculante 17-01 ordenó a las agencias encontrar y eliminar los productos de Kaspersky en {federalDirectiveYear}.",
    ],
  },
  cisa_help: {
    title: "Pida ayuda a CISA para dejar Kaspersky",
    body: [
      "A CISA (Cybersecurity and Infrastructure Security Agency), la agencia federal de ciberseguridad, se le encargó ayudar a encontrar alternativas a las organizaciones de infraestructura crítica que usan Kaspersky.",
      "Entre esos usuarios se mencionó a los gobiernos estatales y locales. Comuníquese con CISA Central: sus datos están en “Quién puede ayudarle”.",
    ],
  },
  how_to_check: {
    title: "Verifique si tiene Kaspersky",
    body: [
      "Busque en cada dispositivo cualquier cosa con el nombre Kaspersky:",
      [
        "Windows: abra Configuración, luego Aplicaciones, luego Aplicaciones instaladas, y busque Kaspersky. Un ícono de Kaspersky cerca del reloj es otra señal.",
        "Mac: abra Finder, luego Aplicaciones, y busque Kaspersky. Un ícono de Kaspersky en la barra de menús es otra señal.",
        "Android: abra Configuración, luego Aplicaciones, y busque Kaspersky.",
        "iPhone o iPad: deslice el dedo hasta la Biblioteca de apps y busque Kaspersky.",
      ],
      "Si UltraAV o UltraVPN apareció en un dispositivo sin que usted lo instalara, probablemente ese dispositivo tenía Kaspersky. En {handoverMonth}, Kaspersky transfirió a sus clientes de Estados Unidos a UltraAV.",
      "Cuando lo sepa, haga la consulta otra vez con su nueva respuesta para obtener los pasos que le correspondan.",
    ],
  },
  find_installed: {
    title: "Averigüe cuáles de sus dispositivos tienen Kaspersky",
    body: [
      "Revise cada computadora, teléfono y tableta:",
      [
        "Windows: abra Configuración, luego Aplicaciones, luego Aplicaciones instaladas, y busque Kaspersky.",
        "Mac: abra Finder, luego Aplicaciones, y busque Kaspersky.",
        "Android: abra Configuración, luego Aplicaciones, y busque Kaspersky.",
        "iPhone o iPad: deslice el dedo hasta la Biblioteca de apps y busque Kaspersky.",
      ],
      "Después siga los pasos de abajo para quitarlo de cada dispositivo que lo tenga.",
    ],
  },
  org_inventory: {
    title: "Encuentre todos los dispositivos y productos que usan Kaspersky",
    body: [
      "Haga una lista de todas las computadoras, servidores y teléfonos que administra su organización, y revise cada uno. Incluya las portátiles que rara vez se conectan y los sistemas que administra un proveedor.",
      "Anote también los productos de otras empresas que puedan contener el motor de Kaspersky: firewalls, puertas de enlace, routers y suites de seguridad.",
    ],
  },
  embedded_ask_vendor: {
    title: "Pregunte a los fabricantes de sus otros productos si integran Kaspersky",
    body: [
      "La prohibición también cubre el software de Kaspersky integrado en productos de otras empresas.",
      "Algunos firewalls, routers y suites de seguridad usan el motor de Kaspersky para detectar amenazas.",
      "Pregunte dos cosas a cada fabricante. ¿Su producto tiene Kaspersky? ¿Con qué lo va a reemplazar?",
      "A partir del {updatesStop}, esas partes de Kaspersky no reciben actualizaciones.",
    ],
  },
  provider_move_clients: {
    title: "Ayude a sus clientes a dejar Kaspersky",
    body: [
      "Diga a sus clientes que ya no puede suministrar ni renovar Kaspersky, y ayúdelos a cambiar a otros productos.",
      "Verifique si algo de lo que usted suministra integra un motor de Kaspersky, y pregunte a su fabricante con qué lo reemplaza.",
    ],
  },
  contractor_flow_down: {
    title: "Incluya la cláusula en cada subcontrato",
    body: [
      "La cláusula 52.204-23 debe incluirse en todos sus subcontratos, también en los de productos y servicios comerciales.",
      "Pida a sus subcontratistas que también busquen Kaspersky y que le informen de lo que encuentren.",
    ],
  },
  edr_mdr_monitoring: {
    title: "Prepare otra vigilancia antes de que se detenga Kaspersky EDR o MDR",
    body: [
      "Cuando se detiene el servicio de detección y respuesta de Kaspersky, su vigilancia se detiene sin aviso. Ninguna alerta le indica que ya no funciona.",
      "Tenga otra vigilancia funcionando y probada antes de eliminarlo.",
    ],
  },
  org_replacement_first: {
    title: "Elija y pruebe el reemplazo antes de eliminar Kaspersky",
    body: [
      "Elija la nueva protección y pruébela primero en algunos dispositivos. Así ningún dispositivo queda sin protección durante el cambio.",
      "En los servidores, instale y pruebe el reemplazo antes que nada.",
      "Hay laboratorios de pruebas independientes, como AV-TEST y AV-Comparatives, que comparan productos. Este servicio no recomienda a ninguna empresa.",
    ],
  },
  export_passwords: {
    title: "Exporte sus contraseñas antes de desinstalar",
    body: [
      "El archivo de copia de seguridad propio de Kaspersky Password Manager solo lo puede leer Kaspersky. Así que primero exporte sus contraseñas:",
      [
        "En Password Manager, vaya a Adicional (Additional), luego a Configuración (Settings), luego a Importar/Exportar (Import/Export), y elija Exportar a archivo de texto (Export to text file).",
        "Importe ese archivo en su nuevo administrador de contraseñas.",
        "Luego borre el archivo: contiene todas sus contraseñas en texto sin cifrar.",
      ],
    ],
  },
  passwords_moved: {
    title: "Asegúrese de que sus contraseñas se trasladaron",
    body: [
      "Verifique que su nuevo administrador de contraseñas tenga todas las que guardaba en Kaspersky Password Manager.",
      "Si faltan algunas, restablézcalas con el enlace de contraseña olvidada de cada sitio web.",
      "Si las exportó a un archivo de texto, bórrelo: contiene todas sus contraseñas en texto sin cifrar.",
    ],
  },
  vpn_ends: {
    title: "Si elimina la VPN de Kaspersky, se acaba su VPN",
    body: [
      "Cuando elimina Kaspersky VPN Secure Connection, la VPN deja de funcionar. Si necesita una VPN, configure otra antes.",
    ],
  },
  cancel_renewal: {
    title: "Deje de pagar por Kaspersky",
    body: [
      "Si compró Kaspersky en su sitio web, desactive la renovación automática. Inicie sesión en My Kaspersky y vaya a Suscripciones (Subscriptions).",
      "Los pagos de Kaspersky los gestiona una empresa llamada Nexway, así que ese nombre puede aparecer en sus estados de cuenta.",
      "Si se suscribió en una tienda de aplicaciones, cancele la suscripción en esa tienda.",
    ],
  },
  org_licences: {
    title: "Termine sus licencias de empresa",
    body: [
      "Las licencias de empresa suelen comprarse a un revendedor o proveedor de servicios. Pídale que detenga cualquier renovación.",
      "Pregúntele también qué pasa con el tiempo de licencia que ya pagó y no usó.",
    ],
  },
  ultraav_billing: {
    title: "Verifique si UltraAV le está cobrando",
    body: [
      "En {handoverMonth}, Kaspersky transfirió a cerca de un millón de clientes de Estados Unidos a UltraAV. UltraAV mantuvo el calendario de cobros de Kaspersky.",
      "Así que es posible que le cobren aunque nunca lo haya elegido. Revise los estados de cuenta de su tarjeta y de su banco.",
      "Para dejar de pagar, cancele la suscripción en su cuenta de UltraAV.",
    ],
  },
} satisfies Readonly<Record<string, StepWords>>;
