/**
 * @module
 * Las palabras de la línea telefónica en español (src/telephony), con la misma
 * forma que las inglesas (src/i18n/en/ivr.ts). `{key}` es una tecla.
 */
import type { IvrWords } from "../../telephony/words";

export const ivr: IvrWords = {
  chooseLanguage: "Para español, oprima {key}.",
  welcome:
    "Esta es la consulta sobre la prohibición de Kaspersky. Le haré unas preguntas y luego le diré qué hacer. En cualquier momento, oprima asterisco para volver a oír una pregunta, o 0 para hablar con un agente.",
  option: "Para {label}, oprima {key}.",
  listed: "{key}: {label}.",
  pressEvery: "Oprima el número de cada opción que corresponda y luego la tecla numeral.",
  noneOfThese: "Si ninguna corresponde, oprima 9 y luego la tecla numeral.",
  moreChoices: "Para más opciones, oprima 9.",
  skip: "Para saltar esta pregunta, oprima la tecla numeral.",
  repeatOrAgent: "Oprima asterisco para repetir, o 0 para hablar con un agente.",
  notHeard: "Disculpe, no le entendí.",
  chooseOne: "Elija al menos una opción.",
  offerAgent: "Para hablar con un agente, oprima 0. Para volver a oír la pregunta, oprima asterisco.",
  resultIntro: "Gracias. Esto es lo que significa para usted y lo que debe hacer.",
  task: "Paso {n}. {text}",
  reference: "Su código de referencia es: {code}. Guárdelo para ver su resultado en el sitio web, o para cuando vuelva a llamar.",
  letter: "{character} de {word}",
  again: "Para volver a oír esto, oprima 9. Para hablar con un agente, oprima 0.",
  goodbye: "Gracias por llamar. Adiós.",
  connecting: "Le comunico con un agente. Por favor, espere.",
  noAgent: "Disculpe, ahora no hay agentes disponibles. Vuelva a llamar más tarde. Adiós.",
  whisperReference: "Una persona de la línea telefónica. Su código de referencia es: {code}.",
  whisperPartial: "Una persona de la línea telefónica. No terminó las preguntas.",
  unavailable: "Disculpe, esta línea no puede atender llamadas en este momento. Vuelva a llamar más tarde. Adiós.",
};
