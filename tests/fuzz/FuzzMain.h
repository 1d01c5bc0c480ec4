#pragma once

// Shared by the fuzz targets: a QCoreApplication (QSslCertificate's TLS backend is a plugin), and the input
// as Qt types.
#include <QByteArray>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QString>

#include <cstddef>
#include <cstdint>

inline void fuzzSetUp()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("*=false")); // the parsers' info lines are noise here
}

inline QByteArray fuzzBytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

#define INSIGHTLY_FUZZ_INIT                                                                                  \
    extern "C" int LLVMFuzzerInitialize(int *, char ***)                                                     \
    {                                                                                                        \
        fuzzSetUp();                                                                                         \
        return 0;                                                                                            \
    }
