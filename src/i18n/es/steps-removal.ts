/**
 * @module
 * Spanish counterpart of src/i18n/en/steps-removal.ts: removal, what comes
 * after it, and contacts, with the same ids and structure.
 */
import type { StepWords } from "..";

export const removalSteps = {
  org_central_removal: {
    title: "Elimine Kaspersky de todos los dispositivos a la vez",
    body: [
      "Use la herramienta con la que administra los dispositivos para eliminar Kaspersky de todos, en lugar de ir a cada uno.",
      "Después, verifique que cada dispositivo de su lista muestre la nueva protección activada.",
    ],
  },
  security_center_removal: {
    title: "Elimine Kaspersky con Security Center, agente incluido",
    body: [
      [
        "En Kaspersky Security Center, cree una tarea que desinstale Kaspersky de los dispositivos que administra.",
        "Elimine también el Agente de red (Network Agent). Es el programa que conecta cada dispositivo con Security Center.",
        "Si se configuró una contraseña de desinstalación, la necesitará.",
      ],
    ],
  },
  cloud_console_removal: {
    title: "Elimine Kaspersky administrado desde la consola web de Kaspersky",
    body: [
      "Small Office Security y Endpoint Security Cloud se administran desde una consola web de Kaspersky.",
      "Si usa una, anote cada dispositivo que aparece en ella. Elimine Kaspersky de cada uno y verifique que no quede ninguno en la consola.",
    ],
  },
  office365_disconnect: {
    title: "Desconecte Kaspersky de Microsoft 365",
    body: [
      "Kaspersky Security for Microsoft Office 365 funciona en la nube, así que no hay nada que eliminar de los dispositivos. Sigue conectado a su Microsoft 365 hasta que usted lo desconecte:",
      [
        "En su consola, desconéctelo de su organización de Microsoft 365.",
        "En Microsoft Entra ID, retire el consentimiento dado a la aplicación de Kaspersky.",
        "Elimine la cuenta de servicio que usaba.",
      ],
    ],
  },
  safe_kids_removal: {
    title: "Elimine Safe Kids también de los dispositivos de sus hijos",
    body: [
      "Safe Kids está instalado en los dispositivos de sus hijos además de en los suyos. Elimínelo de cada uno.",
      "Sus controles parentales dejan de funcionar cuando lo elimina. Si necesita controles, configure otros antes.",
    ],
  },
  uninstall_windows: {
    title: "Desinstale Kaspersky de las computadoras con Windows que lo tengan",
    body: [
      [
        "Abra Configuración, luego Aplicaciones, luego Aplicaciones instaladas.",
        "Busque cada aplicación de Kaspersky, selecciónela y elija Desinstalar. Reinicie la computadora cuando se lo pida.",
        "Si eso falla, use la herramienta de eliminación de Kaspersky, llamada kavremover. Descárguela solo del sitio de soporte de Kaspersky, support.kaspersky.com.",
      ],
      "Microsoft Defender Antivirus, que viene integrado en Windows, se activa automáticamente cuando Kaspersky ya no está.",
    ],
  },
  uninstall_mac: {
    title: "Desinstale Kaspersky de las Mac que lo tengan",
    body: [
      [
        "Use el desinstalador propio de Kaspersky. Está en el menú de la aplicación de Kaspersky o en la imagen de disco con la que la instaló.",
        "No arrastre simplemente la aplicación a la Papelera: Kaspersky instala partes fuera de la aplicación, y esas partes quedarían.",
        "Reinicie la Mac.",
      ],
      "macOS tiene una protección integrada llamada XProtect, que sigue funcionando después de eliminar Kaspersky.",
    ],
  },
  uninstall_android: {
    title: "Desinstale Kaspersky de los teléfonos y tabletas Android que lo tengan",
    body: [
      ["Abra Configuración, luego Aplicaciones, y busque cada aplicación de Kaspersky.", "Elija Desinstalar."],
      "Google Play Protect, que viene con Android, sigue analizando las aplicaciones, aunque detecta menos que una aplicación de seguridad completa.",
    ],
  },
  uninstall_ios: {
    title: "Elimine Kaspersky de los iPhone y iPad que lo tengan",
    body: [
      [
        "Mantenga presionada la aplicación de Kaspersky, elija Eliminar app y luego, otra vez, Eliminar app.",
        "Eliminar una aplicación no cancela la suscripción: revise Configuración, luego su nombre, luego Suscripciones.",
      ],
    ],
  },
  uninstall_servers: {
    title: "Elimine Kaspersky de los servidores que lo tengan",
    body: [
      "Trátelo como cualquier cambio en un sistema del que dependen otras personas. Elimine Kaspersky cuando una interrupción breve cause el menor daño.",
      "Sin actualizaciones, Kaspersky sigue funcionando en un servidor, pero ya no detecta amenazas nuevas.",
    ],
  },
  ultraav_remove: {
    title: "Quédese con UltraAV, o cancélelo y luego elimínelo",
    body: [
      "Puede quedarse con UltraAV. Si no lo quiere, cancele primero la suscripción en su cuenta de UltraAV, para que dejen de cobrarle.",
      "Luego elimínelo con su propio desinstalador. En cualquier caso, asegúrese de que cada dispositivo esté protegido por algo actualizado.",
    ],
  },
  replacement_protection: {
    title: "Asegúrese de que cada dispositivo esté protegido por algo actualizado",
    body: [
      "Cuando Kaspersky ya no está, Windows activa Microsoft Defender Antivirus y las Mac usan XProtect. Android tiene Google Play Protect, que detecta menos.",
      "Verifique que cada dispositivo muestre su protección activada y actualizada.",
      "Si quiere otro producto, hay laboratorios de pruebas independientes, como AV-TEST y AV-Comparatives, que los comparan. Este servicio no recomienda a ninguna empresa.",
    ],
  },
  scan_after_switch: {
    title: "Analice cada dispositivo e informe de señales de intrusión",
    body: [
      "Cuando la nueva protección esté activada, haga un análisis completo de cada dispositivo.",
      "Si ve señales de que alguien entró, infórmelo a CISA en report.cisa.gov. Son señales las cuentas que no conoce o una protección que alguien desactivó.",
    ],
  },
  cisa_central: {
    title: "CISA Central",
    body: [
      "El centro de operaciones de CISA atiende las 24 horas del día. Escriba a central@cisa.gov o llame al 888-282-0870.",
      "Para informar de un incidente por internet, use report.cisa.gov.",
    ],
  },
} satisfies Readonly<Record<string, StepWords>>;
