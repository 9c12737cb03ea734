/**
 * @module
 * Spanish words for "Was this useful?" on results, and for the feedback counts
 * on the analyst dashboard (src/i18n/en/feedback.ts).
 */
import type { Catalog } from "..";

export const feedback: Catalog["feedback"] = {
  result: {
    question: "¿Le resultó útil?",
    hint: "Solo contamos su respuesta, el día y el idioma. No su código de referencia ni sus respuestas.",
    yes: "Sí",
    no: "No",
    thanks: "Gracias por su opinión.",
  },
  tooMany: {
    title: "Demasiadas respuestas desde su conexión",
    body: "Aceptamos un número limitado de respuestas por minuto desde una misma conexión. Su resultado no ha cambiado: vuelva a él.",
  },
  analyst: {
    title: "¿Resultó útil el resultado?",
    intro:
      "Lo que respondieron las personas a «¿Le resultó útil?» bajo su resultado en el sitio web, en las semanas mostradas (el filtro de canal no se aplica). Solo se guarda como recuentos por día, tipo de resultado e idioma, nunca con un código de referencia; cada recuento lleva ruido añadido, como arriba.",
    caption: "Respuestas a «¿Le resultó útil?» por tipo de resultado e idioma",
    kind: "Tipo de resultado",
    language: "Idioma",
    yes: "Sí",
    no: "No",
    kinds: { to_do: "Algo que hacer", nothing_to_do: "Nada que hacer" },
  },
};
