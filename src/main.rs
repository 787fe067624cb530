fn main() {
    std::process::exit(py2c_wasm::cli::main());
}
