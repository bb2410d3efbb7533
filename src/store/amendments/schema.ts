/** The numbering row of each draft and series (migrations 009, 011); derived from the amendments, so backups leave it out. */
export interface AmendmentCounterTables {
  amendment_counters: {
    draft_id: string;
    tabled_by: string;
    last_number: number;
  };
}
