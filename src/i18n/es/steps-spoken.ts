/**
 * @module
 * Lo que dice la línea telefónica para cada paso, en español: frases cortas, sin
 * direcciones web, los números de teléfono cifra por cifra. Cada una dice lo que
 * dicen el título y el texto de su paso (steps-facts.ts, steps-tasks.ts,
 * steps-removal.ts), nada más. Tipado por los ids de las reglas.
 */
import type { SpokenStepCatalog } from "../../telephony/words";

export const stepsSpoken = {
  outside_us_not_covered: "La norma de Comercio de {banYear} no se aplica a usted. Consulte las normas del país donde está.",
  outside_us_covered: "La norma se le sigue aplicando fuera de Estados Unidos, porque usted es una persona estadounidense.",
  federal_already_barred:
    "Las agencias federales no pueden usar ningún producto ni servicio de Kaspersky, tampoco dentro de otros productos.",
  contractor_barred:
    "Los contratistas federales no pueden usar Kaspersky en el trabajo del contrato, tampoco dentro de otros productos.",
  provider_must_stop: "Usted no puede vender, revender ni integrar productos de Kaspersky.",
  updates_stopped:
    "Kaspersky ya no protege sus dispositivos: desde el {updatesStop} no recibe actualizaciones en Estados Unidos.",
  updates_ending: "Las actualizaciones de Kaspersky terminan el {updatesStop}.",
  sales_ending: "Las ventas de Kaspersky terminan el {salesStop} y las actualizaciones, el {updatesStop}.",
  no_security_fixes: "Sus aplicaciones de Kaspersky ya no reciben correcciones de seguridad.",
  ultraav_sign: "Es posible que UltraAV haya reemplazado a Kaspersky en su dispositivo.",
  not_illegal: "Tener o usar Kaspersky no es ilegal para usted.",
  not_affected: "Parece que esto no le afecta.",
  contractor_report: "Si encuentra Kaspersky en el trabajo del contrato, informe por escrito al oficial de contratación.",
  federal_report: "Informe y elimine cualquier producto de Kaspersky que encuentre.",
  cisa_help: "Pida ayuda a CISA, la Agencia de Ciberseguridad y Seguridad de Infraestructuras, para dejar Kaspersky.",
  how_to_check: "Verifique si tiene Kaspersky en cada uno de sus dispositivos.",
  org_inventory: "Encuentre todos los dispositivos y productos que usan Kaspersky.",
  embedded_ask_vendor: "Pregunte a los fabricantes de sus otros productos si integran Kaspersky.",
  provider_move_clients: "Ayude a sus clientes a dejar Kaspersky.",
  contractor_flow_down: "Incluya la cláusula en cada subcontrato.",
  edr_mdr_monitoring: "Prepare otra vigilancia antes de que se detenga Kaspersky EDR o MDR.",
  org_replacement_first: "Elija y pruebe el reemplazo antes de eliminar Kaspersky.",
  export_passwords: "Exporte sus contraseñas de Kaspersky Password Manager antes de desinstalarlo.",
  passwords_moved: "Asegúrese de que sus contraseñas se trasladaron a su nuevo administrador de contraseñas.",
  vpn_ends: "Si elimina la VPN de Kaspersky, se acaba su VPN.",
  cancel_renewal: "Deje de pagar por Kaspersky: desactive cualquier renovación automática.",
  org_licences: "Termine sus licencias de empresa.",
  ultraav_billing: "Verifique si UltraAV le está cobrando.",
  org_central_removal: "Elimine Kaspersky de todos los dispositivos a la vez, desde sus herramientas de administración.",
  security_center_removal: "Elimine Kaspersky con Security Center, agente incluido.",
  cloud_console_removal: "Elimine Kaspersky administrado desde la consola web de Kaspersky.",
  office365_disconnect: "Desconecte Kaspersky de Microsoft 365.",
  safe_kids_removal: "Elimine Safe Kids también de los dispositivos de sus hijos.",
  uninstall_windows: "Desinstale Kaspersky de las computadoras con Windows que lo tengan.",
  uninstall_mac: "Desinstale Kaspersky de las Mac que lo tengan.",
  uninstall_android: "Desinstale Kaspersky de los teléfonos y tabletas Android que lo tengan.",
  uninstall_ios: "Elimine Kaspersky de los iPhone y iPad que lo tengan.",
  uninstall_servers: "Elimine Kaspersky de los servidores que lo tengan.",
  ultraav_remove: "Quédese con UltraAV, o cancélelo y luego elimínelo.",
  replacement_protection: "Asegúrese de que cada dispositivo esté protegido por algo actualizado.",
  scan_after_switch: "Analice cada dispositivo e informe de cualquier señal de intrusión.",
  cisa_central: "CISA Central atiende las 24 horas. Llame al 8 8 8, 2 8 2, 0 8 7 0.",
} satisfies SpokenStepCatalog;
