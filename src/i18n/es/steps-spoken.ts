/**
 * @module
 * Lo que dice la línea telefónica para cada paso, en español: frases cortas, sin
 * direcciones web, los números de teléfono cifra por cifra. Cada una dice lo que
 * dicen el título y el texto de su paso (steps-facts.ts, steps-tasks.ts,
 * steps-removal.ts), nada más. `null`: se dice el título del paso tal cual. Tipado
 * por los ids de las reglas.
 */
import type { SpokenStepCatalog } from "../../telephony/words";

export const stepsSpoken = {
  outside_us_not_covered: "La norma de Comercio de {banYear} no se aplica a usted. Consulte las normas del país donde está.",
  outside_us_covered: "La norma se le sigue aplicando fuera de Estados Unidos, porque usted es una persona estadounidense.",
  federal_already_barred:
    "Las agencias federales no pueden usar ningún producto ni servicio de Kaspersky, tampoco dentro de otros productos.",
  contractor_barred:
    "Los contratistas federales no pueden usar Kaspersky en el trabajo del contrato, tampoco dentro de otros productos.",
  provider_must_stop: null,
  updates_stopped:
    "Kaspersky ya no protege sus dispositivos: desde el {updatesStop} no recibe actualizaciones en Estados Unidos.",
  updates_ending: null,
  sales_ending: null,
  no_security_fixes: null,
  ultraav_sign: null,
  not_illegal: null,
  not_affected: null,
  contractor_report: "Si encuentra Kaspersky en el trabajo del contrato, informe por escrito al oficial de contratación.",
  federal_report: null,
  cisa_help: "Pida ayuda a CISA, la Agencia de Ciberseguridad y Seguridad de Infraestructuras, para dejar Kaspersky.",
  how_to_check: "Verifique si tiene Kaspersky en cada uno de sus dispositivos.",
  find_installed:
    "Averigüe cuáles de sus dispositivos tienen Kaspersky: búsquelo en las aplicaciones de cada computadora, teléfono y tableta.",
  org_inventory: null,
  embedded_ask_vendor: null,
  provider_move_clients: null,
  contractor_flow_down: null,
  edr_mdr_monitoring: null,
  org_replacement_first: null,
  export_passwords: "Exporte sus contraseñas de Kaspersky Password Manager antes de desinstalarlo.",
  passwords_moved: "Asegúrese de que sus contraseñas se trasladaron a su nuevo administrador de contraseñas.",
  vpn_ends: null,
  cancel_renewal: "Deje de pagar por Kaspersky: desactive cualquier renovación automática.",
  org_licences: null,
  ultraav_billing: null,
  org_central_removal: "Elimine Kaspersky de todos los dispositivos a la vez, desde sus herramientas de administración.",
  security_center_removal: null,
  cloud_console_removal: null,
  office365_disconnect: null,
  safe_kids_removal: null,
  uninstall_windows: null,
  uninstall_mac: null,
  uninstall_android: null,
  uninstall_ios: null,
  uninstall_servers: null,
  ultraav_remove: null,
  replacement_protection: null,
  scan_after_switch: "Analice cada dispositivo e informe de cualquier señal de intrusión.",
  cisa_central: "CISA Central atiende las 24 horas. Llame al 8 8 8, 2 8 2, 0 8 7 0.",
} satisfies SpokenStepCatalog;
