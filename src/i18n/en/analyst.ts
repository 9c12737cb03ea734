/**
 * @module
 * English words for the analyst dashboard: filters, charts, tables, and how
 * suppressed counts are marked.
 */

export const analyst = {
  title: "Counts of responses",
  intro:
    "Counts of checks people made, stored without anything that identifies them. Counts cover whole weeks, Monday to Sunday (UTC); the current week is added once it is over.",
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
  suppressed: "Suppressed",
  weekOf: "Week of {day}",
  count: "Responses",
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
    platform: {
      title: "By device platform",
      column: "Platform",
      description: "Bar chart of responses by device platform. Largest: {highest}. The table below has every count.",
    },
    state: {
      title: "By state or territory",
      column: "State or territory",
      description:
        "Map of the states and territories as equal tiles, each with its code and count, darker for more responses. Largest: {highest}. The table below has every count.",
      legend: "Responses",
      territories: "Territories",
    },
  },
  none: "none",
  errors: {
    not_a_date: "Enter a real date, for example 2025-03-01",
    from_after_to: "The start date must be on or before the end date",
    no_complete_week:
      "There is no complete week in those dates. Counts start on {start} and end with the last complete week, which ended {last}",
    unknown_channel: "Select how people made their check",
  },
};
