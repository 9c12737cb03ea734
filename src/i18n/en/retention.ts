/**
 * @module
 * English words for a reference whose check was deleted by the retention
 * purge (410 Gone): on the result page and on the hotline desk.
 */

export const retention = {
  gone: {
    title: "This check has been deleted",
    body: "We delete the answers of every check {days} days after it was made, so that we keep nothing about you longer than needed. To see what to do now, start a new check: it takes about 3 minutes.",
  },
  hotlineGone: "The check {reference} was deleted {days} days after it was made. Take the caller through a new check.",
};
