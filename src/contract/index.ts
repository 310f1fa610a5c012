/** Pact model and file IO (V1–V4). */
export {};
