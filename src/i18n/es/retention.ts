/**
 * @module
 * Palabras en español para una referencia cuya comprobación se borró al
 * cumplirse el plazo de conservación (410 Gone): en la página de resultado y
 * en la línea de ayuda.
 */
import type { retention as english } from "../en/retention";

export const retention: typeof english = {
  gone: {
    title: "Esta comprobación se ha borrado",
    body: "Borramos las respuestas de cada comprobación {days} días después de hacerla, para no guardar nada sobre usted más tiempo del necesario. Para saber qué hacer ahora, haga una comprobación nueva: tarda unos 3 minutos.",
  },
  hotlineGone: "La comprobación {reference} se borró {days} días después de hacerla. Haga con la persona una comprobación nueva.",
};
