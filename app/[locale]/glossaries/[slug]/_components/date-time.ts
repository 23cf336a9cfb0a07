/** How the glossary pages show a moment (history, proposals): date and time to the minute, with the zone (UTC). */
export const dateTimeFormat = {
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZoneName: "short",
} as const;
