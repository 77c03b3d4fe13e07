/**
 * The dataset's version, the day of the changelog's newest entry: written into the code by the
 * build (`build/versions.ts`), so the changelog itself never ships.
 */
declare const __DATA_VERSION__: string;
