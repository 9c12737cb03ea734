/**
 * @module
 * Spanish counterpart of src/i18n/en/steps-facts.ts: the same facts, the same
 * ids and structure. It says what the English says: nothing more, nothing less.
 */
import type { StepWords } from "..";

export const factSteps = {
  outside_us_not_covered: {
    title: "La norma de Comercio de {banYear} no se aplica a usted",
    body: [
      "La norma limita lo que Kaspersky puede ofrecer en Estados Unidos o a personas de Estados Unidos.",
      "Son personas de Estados Unidos sus ciudadanos y residentes permanentes, las organizaciones registradas allí y cualquiera que esté en el país. Usted nos dijo que no es ninguna de ellas.",
      "Por eso no mostramos los pasos sobre esa norma. Consulte las normas del país donde se encuentra.",
    ],
  },
  outside_us_covered: {
    title: "La norma se le sigue aplicando fuera de Estados Unidos",
    body: [
      "La norma de Comercio de {banYear} obliga a Kaspersky. Le prohíbe ofrecer sus productos y servicios en Estados Unidos o a personas de Estados Unidos.",
      "Son personas de Estados Unidos sus ciudadanos y residentes permanentes, y las organizaciones registradas allí, estén donde estén. Usted nos dijo que es una de ellas, así que estos pasos se le aplican.",
    ],
  },
  federal_already_barred: {
    title: "Las agencias federales no pueden usar Kaspersky de ningún modo",
    body: [
      "Desde el {federalBan}, la ley federal prohíbe a todas las agencias federales usar productos o servicios hechos o prestados por Kaspersky, total o parcialmente.",
      "Eso incluye productos de otras empresas con tecnología de Kaspersky integrada. Es la sección 1634 de la Ley de Autorización de Defensa Nacional para el Año Fiscal 2018.",
      "Lo que dijo el Departamento de Comercio sobre la falta de sanciones para los usuarios se refiere a su norma de {banYear}. No cambia esto.",
    ],
  },
  contractor_barred: {
    title: "Los contratistas federales no pueden usar Kaspersky en el trabajo del contrato",
    body: [
      "Todos los contratos federales incluyen la cláusula 52.204-23 del Reglamento Federal de Adquisiciones (FAR), y todos los subcontratos también deben incluirla. Según esa cláusula:",
      [
        "Usted no puede suministrar ningún producto o servicio de Kaspersky para que lo use el Gobierno.",
        "No puede usar ninguno para producir datos o entregables del contrato.",
        "Esto incluye productos de otras empresas con tecnología de Kaspersky integrada.",
      ],
    ],
  },
  provider_must_stop: {
    title: "Usted no puede vender, revender ni integrar productos de Kaspersky",
    body: [
      "A partir del {salesStop}, usted no puede hacer acuerdos nuevos para suministrar productos o servicios de Kaspersky a personas de Estados Unidos.",
      "Son personas de Estados Unidos quienes estén en el país, y sus ciudadanos, residentes permanentes y organizaciones registradas allí, estén donde estén.",
      "A partir del {updatesStop}, tampoco puede revenderlos, integrarlos en otros productos ni dar licencias para eso.",
      "El Departamento de Comercio dice que los vendedores que incumplan la norma se exponen a sanciones.",
      "La norma no cubre la inteligencia de amenazas de Kaspersky, su formación en seguridad ni la consultoría que solo informa o enseña.",
    ],
  },
  updates_stopped: {
    title: "Kaspersky ya no protege sus dispositivos",
    body: [
      "Desde el {updatesStop}, Kaspersky tiene prohibido enviar actualizaciones a personas y organizaciones en Estados Unidos.",
      "El software sigue funcionando, pero no puede reconocer amenazas nuevas. Por eso da una falsa sensación de seguridad.",
    ],
  },
  updates_ending: {
    title: "Las actualizaciones de Kaspersky terminan el {updatesStop}",
    body: [
      "Desde el {salesStop}, Kaspersky tiene prohibido hacer ventas nuevas en Estados Unidos.",
      "A partir del {updatesStop}, tampoco podrá enviar actualizaciones, y el software dejará de reconocer amenazas nuevas.",
      "El Departamento de Comercio le recomienda encarecidamente que cambie a otro producto ahora, en lugar de esperar.",
    ],
  },
  sales_ending: {
    title: "Las ventas de Kaspersky terminan el {salesStop} y las actualizaciones, el {updatesStop}",
    body: [
      "A partir del {salesStop}, Kaspersky no podrá hacer ventas nuevas en Estados Unidos.",
      "A partir del {updatesStop}, no podrá enviar actualizaciones, y el software dejará de reconocer amenazas nuevas.",
      "El Departamento de Comercio le recomienda encarecidamente que cambie a otro producto ahora, en lugar de esperar.",
    ],
  },
  no_security_fixes: {
    title: "Sus aplicaciones de Kaspersky ya no reciben correcciones de seguridad",
    body: [
      "Desde el {updatesStop}, Kaspersky tiene prohibido enviar actualizaciones de software a personas y organizaciones en Estados Unidos.",
      "Los fallos que se descubran en sus aplicaciones desde entonces no se corregirán. Planee cambiar a otras aplicaciones.",
    ],
  },
  ultraav_sign: {
    title: "Es posible que UltraAV haya reemplazado a Kaspersky en su dispositivo",
    body: [
      "En {handoverMonth}, Kaspersky transfirió a sus clientes de Estados Unidos a UltraAV, un producto de Pango Group.",
      "En muchas computadoras con Windows, una actualización eliminó Kaspersky e instaló UltraAV sin que nadie hiciera clic en nada. Quienes tenían la VPN recibieron UltraVPN.",
      "UltraAV no es un virus. También se vende por separado. Si apareció sin que usted lo instalara, probablemente reemplazó a Kaspersky.",
    ],
  },
  not_illegal: {
    title: "Tener o usar Kaspersky no es ilegal para usted",
    body: [
      "La norma de {banYear} obliga a Kaspersky y a quienes venden sus productos, no a sus clientes.",
      "El Departamento de Comercio ha dicho que las personas y las empresas que tienen o usan productos de Kaspersky no se exponen a ninguna sanción penal ni civil.",
      "Pero usted asume todos los riesgos de usarlo, y el Gobierno les recomienda encarecidamente a todos que cambien a otro producto.",
    ],
  },
  not_affected: {
    title: "Parece que esto no le afecta",
    body: [
      "Usted nos dijo que no tiene Kaspersky, así que no hay nada que deba eliminar.",
      "Para asegurarse, busque Kaspersky, UltraAV y UltraVPN en la lista de aplicaciones de cada dispositivo. Mantenga activada y actualizada la protección propia de sus dispositivos.",
    ],
  },
} satisfies Readonly<Record<string, StepWords>>;
