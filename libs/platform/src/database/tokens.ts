/** The PostgreSQL URL the application talks to (external, or the embedded server's). */
export const DATABASE_URL = Symbol('DATABASE_URL');
