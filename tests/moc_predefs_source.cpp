// Empty: the test moc reads the macros the compiler predefines for it (tests/CMakeLists.txt,
// insightly_test_moc).
