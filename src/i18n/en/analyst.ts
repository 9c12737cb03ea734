/**
 * @module
 * English words for the analyst dashboard: filters, charts, tables, and how
 * suppressed counts are marked.
 */

export const analyst = {
  title: "Counts of responses",
  intro:
    "Counts of checks people made, stored without anything that identifies them. Counts cover whole weeks, Monday to Sunday (UTC); each week is added on the Tuesday after it ends.",
  privacy:
    "To protect privacy, every count has a little random noise added (typically 2 or 3 either way), fixed for each group of people counted, so asking again or in another way never reveals the exact number. Totals may differ slightly from the sum of their parts, and a count under about 10 says only that the number is small. Counts over a range of weeks are as precise as counts over one week.",
  filters: {
    title: "Choose what to count",
    dates: "Dates",
    from: "From",
    to: "To",
    datesHint:
      "For example 2025-03-01. Dates move to the Monday before and the Sunday after. Leave empty to count from the start.",
    channel: "How people made their check",
    channels: {
      all: "Every channel",
      web: "Website",
      hotline: "Hotline",
      api: "Partner software (API)",
      ivr: "Phone line (keypad)",
    },
    submit: "Show counts",
  },
  showing: "Showing the weeks from {from} to {to}: {channel}.",
  total: "Responses in these weeks: {count}",
  countedFrom: "Counted from the week of {week}. Choose a From date on or after it to see this chart.",
  suppressed: "Suppressed",
  weekOf: "Week of {day}",
  count: "Responses",
  share: "% of all",
  /** The bar charts' axis title. */
  barAxis: "Responses (and their share of all responses in these weeks)",
  /** Beside every chart and table. */
  protection:
    "How these numbers are protected: every count has a small random amount added (usually 2 or 3 either way), so a count under 11 says only that the number is small.",
  /** Under a chart whose counts are mostly under 11 (src/ui/pages/analyst.tsx). */
  seeMore:
    "Most counts here are under 11, where the added amount matters most. To see more, choose a longer range of dates or every channel; with the API, group by one dimension rather than two.",
  download: "Download this table (CSV)",
  showTable: "Show the table",
  severalChoices: "People can choose more than one, so these add up to more than the total.",
  charts: {
    overTime: {
      title: "Responses over time",
      column: "Week",
      description: "Column chart of responses per week from {from} to {to}. Highest: {highest}. The table below has every week.",
    },
    respondent: {
      title: "By type of respondent",
      column: "Type of respondent",
      description: "Bar chart of responses by type of respondent. Largest: {highest}. The table below has every count.",
    },
    product: {
      title: "By Kaspersky product",
      column: "Product",
      note: "Asked only of people who have or had Kaspersky.",
      description: "Bar chart of responses by Kaspersky product. Largest: {highest}. The table below has every count.",
    },
    installed_on: {
      title: "Where Kaspersky is or was installed",
      column: "Device",
      note: "Asked only of people who have or had Kaspersky, from questionnaire version 3.",
      description:
        "Bar chart of responses by where Kaspersky is or was installed. Largest: {highest}. The table below has every count.",
    },
    state: {
      title: "By state or territory",
      column: "State or territory",
      description:
        "Map of the states and territories as equal tiles, each with its code and count, darker for more responses. Largest: {highest}. The table below has every count.",
      legend: "Shade: responses in the state or territory",
      territories: "Territories",
    },
  },
  none: "none",
  errors: {
    not_a_date: "Enter a real date, for example 2025-03-01",
    from_after_to: "The start date must be on or before the end date",
    no_complete_week:
      "There is no complete week in those dates. Counts start on {start} and end with the last week published, which ended {last}. Each week is published on the Tuesday after it ends",
    unknown_channel: "Select how people made their check",
  },
};
