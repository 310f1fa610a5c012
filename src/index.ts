/** seam: the public face of the package. Each capability has its own entry point (`seam/match`, `seam/contract`, ...). */
export * from './core/index.ts';
