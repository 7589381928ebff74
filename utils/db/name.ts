/** The extension's database name (apart from Dexie, so code that must load before Dexie can name it). */
export const DATABASE_NAME = 'interview-lens';
