/**
 * @module
 * Spanish counterpart of src/i18n/en/hotline.ts: the hotline desk.
 */
import type { hotline as english } from "../en/hotline";

export const hotline: typeof english = {
  staff: {
    navLabel: "Páginas del personal",
    signedInAs: "Sesión iniciada como",
    signOut: "Cerrar sesión",
    pages: { agent: "Línea de ayuda: llamada nueva", analyst: "Cantidades de respuestas" },
  },
  title: "Línea de ayuda: llamada nueva",
  editTitle: "Línea de ayuda: cambiar respuestas de {reference}",
  intro: "Haga cada pregunta a la persona que llama. Las preguntas que no corresponden se omiten según responde.",
  callerLanguage: "Idioma de la persona que llama",
  update: "Actualizar preguntas",
  submit: "Guardar y mostrar el guion",
  saveChanges: "Guardar cambios y mostrar el guion",
  optional: "(opcional)",
  reopenTitle: "La persona tiene un código de referencia",
  reopenLabel: "Código de referencia",
  reopen: "Abrir",
  scriptTitle: "Guion para {reference}",
  readReference: "Lea el código de referencia a la persona que llama",
  referenceSpoken: "{character} de {word}",
  digitSpoken: "{character}, el número {word}",
  digits: { "2": "dos", "3": "tres", "4": "cuatro", "5": "cinco", "6": "seis", "7": "siete", "8": "ocho", "9": "nueve" },
  adviceUpdated: "Los consejos cambiaron desde el {date}, el día de esta consulta: lea los pasos actuales de abajo.",
  newStepsMarked:
    "Los pasos marcados como Nuevo no estaban en los consejos que recibió la persona ese día: dígale que son nuevos.",
  newStep: "Nuevo",
  readFacts: "Primero, diga esto a la persona que llama",
  readSteps: "Luego repase estos pasos con la persona que llama, en orden",
  readContacts: "Contactos para dar a la persona que llama",
  why: "Por qué (para usted, no para leer)",
  outcomeTitle: "¿Cómo terminó la llamada?",
  outcomeSaved: "Resultado guardado.",
  changedSaved: "Cambios guardados. Los pasos de abajo se volvieron a calcular.",
  fromPhone: "Viene de la línea telefónica: la persona respondió esto con el teclado.",
  recordOutcome: "Guardar resultado",
  shortcutsDesk: "Atajo de teclado: Alt+S (Opción+S en un Mac) guarda la llamada.",
  shortcutsScript: "Atajos de teclado: Alt+O lleva al resultado de la llamada, Alt+S lo guarda (Opción en un Mac).",
  changeAnswers: "Cambiar respuestas",
  newCall: "Atender una llamada nueva",
  outcomes: {
    guided_removal: "Se guió a la persona para desinstalar",
    referred_to_cisa: "Se remitió a CISA",
    will_check_and_call_back: "La persona revisará y volverá a llamar",
    not_affected: "A la persona no le afecta",
    other_help: "Se dio otra ayuda",
  },
  reasonLabel: "¿Por qué cambian las respuestas?",
  reasons: {
    caller_checked_devices: "La persona ya revisó sus dispositivos",
    caller_corrected: "La persona corrigió una respuesta",
    situation_changed: "La situación de la persona cambió",
    agent_error: "Una respuesta se anotó mal",
  },
  errors: {
    outcome: "Seleccione cómo terminó la llamada",
    reason: "Seleccione por qué cambian las respuestas",
    language: "Seleccione el idioma de la persona que llama",
    notFound: "No hay ninguna consulta con el código de referencia {reference}",
  },
  refusals: {
    weekClosed: {
      title: "Esta consulta ya no se puede cambiar",
      body: "Las consultas se pueden cambiar, y los resultados de las llamadas anotar, solo hasta el final de la semana (domingo, UTC) en que se hicieron. Haga una consulta nueva para la persona.",
    },
    notACall: {
      title: "Esta consulta no se hizo por teléfono",
      body: "Solo se puede anotar un resultado en una consulta hecha por la línea de ayuda o su línea telefónica automática. Haga una consulta nueva para la persona.",
    },
  },
};
