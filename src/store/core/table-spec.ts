/** A table as backup, restore and `db copy` see it: its name and the column that orders rows stably. */
export interface TableSpec {
  name: string;
  key: string;
}
