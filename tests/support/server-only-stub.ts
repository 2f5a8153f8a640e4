// Vitest runs outside Next's react-server condition, where the real "server-only"
// package throws on import. Tests import server modules directly, so it is inert here.
export {};
