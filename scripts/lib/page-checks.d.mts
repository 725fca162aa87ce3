export interface PageChecks {
  title: string;
  published: string | null;
  body: string[];
  chrome: string[];
}
export interface PageResult {
  titleRight: boolean;
  dateRight: boolean;
  lost: string[];
  leaked: string[];
}
export interface PageTally {
  pages: number;
  title: number;
  date: number;
  paragraphs: number;
  kept: number;
  chrome: number;
  leaked: number;
}
export function checkPage(doc: { text: string; meta: { title?: string; published?: string | null } }, checks: PageChecks): PageResult;
export function newTally(): PageTally;
export function addToTally(total: PageTally, checks: PageChecks, result: PageResult): void;
