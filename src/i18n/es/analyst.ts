/**
 * @module
 * Palabras en español del panel de analistas: filtros, gráficos, tablas y cómo
 * se señalan los recuentos suprimidos.
 */
import type { analyst as english } from "../en/analyst";

export const analyst: typeof english = {
  title: "Recuentos de respuestas",
  intro:
    "Recuentos de las comprobaciones que hizo la gente, guardadas sin nada que la identifique. Los recuentos cubren semanas completas, de lunes a domingo (UTC); cada semana se añade el martes siguiente a su fin.",
  privacy:
    "Para proteger la privacidad, cada recuento lleva un poco de ruido aleatorio (normalmente 2 o 3 arriba o abajo), fijo para cada grupo de personas contado, de modo que preguntar otra vez o de otra forma nunca revela el número exacto. Los totales pueden diferir un poco de la suma de sus partes, y un recuento menor de unos 10 solo indica que el número es pequeño. Los recuentos de varias semanas son tan precisos como los de una semana.",
  filters: {
    title: "Elija qué contar",
    dates: "Fechas",
    from: "Desde",
    to: "Hasta",
    datesHint:
      "Por ejemplo 2025-03-01. Las fechas pasan al lunes anterior y al domingo siguiente. Déjelas vacías para contar desde el principio.",
    channel: "Cómo hizo la gente su comprobación",
    channels: {
      all: "Todos los canales",
      web: "Sitio web",
      hotline: "Línea de ayuda",
      api: "Programas de socios (API)",
      ivr: "Línea telefónica (teclado)",
    },
    submit: "Mostrar recuentos",
  },
  showing: "Semanas del {from} al {to}: {channel}.",
  total: "Respuestas en estas semanas: {count}",
  countedFrom: "Se cuenta desde la semana del {week}. Elija una fecha Desde igual o posterior para ver este gráfico.",
  suppressed: "Suprimido",
  weekOf: "Semana del {day}",
  count: "Respuestas",
  share: "% del total",
  barAxis: "Respuestas (y su parte del total de respuestas de estas semanas)",
  protection:
    "Cómo se protegen estos números: a cada recuento se le suma una pequeña cantidad aleatoria (normalmente 2 o 3 arriba o abajo), así que un recuento menor de 11 solo indica que el número es pequeño.",
  seeMore:
    "La mayoría de los recuentos aquí son menores de 11, donde la cantidad añadida pesa más. Para ver más, elija un intervalo de fechas más largo o todos los canales; con la API, agrupe por una dimensión en vez de dos.",
  download: "Descargar esta tabla (CSV)",
  showTable: "Mostrar la tabla",
  severalChoices: "Se puede elegir más de una opción, así que la suma supera el total.",
  charts: {
    overTime: {
      title: "Respuestas a lo largo del tiempo",
      column: "Semana",
      description:
        "Gráfico de columnas de respuestas por semana del {from} al {to}. Máximo: {highest}. La tabla de abajo tiene cada semana.",
    },
    respondent: {
      title: "Por tipo de persona u organización",
      column: "Tipo",
      description:
        "Gráfico de barras de respuestas por tipo de persona u organización. Mayor: {highest}. La tabla de abajo tiene cada recuento.",
    },
    product: {
      title: "Por producto de Kaspersky",
      column: "Producto",
      note: "Solo se pregunta a quien tiene o tuvo Kaspersky.",
      description:
        "Gráfico de barras de respuestas por producto de Kaspersky. Mayor: {highest}. La tabla de abajo tiene cada recuento.",
    },
    installed_on: {
      title: "Dónde está o estuvo instalado Kaspersky",
      column: "Dispositivo",
      note: "Solo se pregunta a quienes tienen o tuvieron Kaspersky, desde la versión 3 del cuestionario.",
      description:
        "Gráfico de barras de respuestas por dónde está o estuvo instalado Kaspersky. Mayor: {highest}. La tabla de abajo tiene cada recuento.",
    },
    state: {
      title: "Por estado o territorio",
      column: "Estado o territorio",
      description:
        "Mapa de los estados y territorios como casillas iguales, cada una con su código y su recuento, más oscura cuantas más respuestas. Mayor: {highest}. La tabla de abajo tiene cada recuento.",
      legend: "Tono: respuestas en el estado o territorio",
      territories: "Territorios",
    },
  },
  none: "ninguno",
  errors: {
    not_a_date: "Escriba una fecha real, por ejemplo 2025-03-01",
    from_after_to: "La fecha de inicio debe ser igual o anterior a la de fin",
    no_complete_week:
      "No hay ninguna semana completa en esas fechas. Los recuentos empiezan el {start} y terminan con la última semana publicada, que terminó el {last}. Cada semana se publica el martes siguiente a su fin",
    unknown_channel: "Seleccione cómo hizo la gente su comprobación",
  },
};
