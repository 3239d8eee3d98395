/**
 * AssemblyScript's integer types as TypeScript sees them, for the one AssemblyScript file the TypeScript side
 * imports: src/wasm/layout.ts, the memory layout both sides share. In AssemblyScript they are machine integers; here
 * they are numbers, which is what the constants are.
 */
type u8 = number;
type i32 = number;
type u32 = number;
type usize = number;
