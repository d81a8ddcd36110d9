// Links one library's every object with only the libraries below it (see
// CMakeLists.txt here): a call into a layer above or beside it is an undefined
// symbol, and the build fails (docs/architecture.md, Layers).
int main()
{
    return 0;
}
