#include "entra/Pkce.h"

#include <QSet>
#include <QTest>

using namespace insightly::entra;

class TestPkce : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc7636AppendixB();
    void generatedVerifiersAreValidAndDistinct_data();
    void generatedVerifiersAreValidAndDistinct();
    void rejectsInvalidVerifiers_data();
    void rejectsInvalidVerifiers();
    void randomTokensAreUrlSafe();
};

void TestPkce::rfc7636AppendixB()
{
    // RFC 7636 Appendix B: the example verifier and its S256 challenge.
    const QByteArray verifier("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
    QVERIFY(Pkce::isValidVerifier(verifier));
    QCOMPARE(Pkce::challengeFor(verifier), QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    // …and the verifier is the base64url form of the 32 random octets listed there.
    const unsigned char octets[] = {116, 24,  223, 180, 151, 153, 224, 37,  79,  250, 96,
                                    125, 216, 173, 187, 186, 22,  212, 37,  77,  105, 214,
                                    191, 240, 91,  88,  5,   88,  83,  132, 141, 121};
    QCOMPARE(QByteArray(reinterpret_cast<const char *>(octets), sizeof octets)
                 .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
             verifier);
}

void TestPkce::generatedVerifiersAreValidAndDistinct_data()
{
    QTest::addColumn<int>("requested");
    QTest::addColumn<int>("expected");
    QTest::newRow("default") << 64 << 64;
    QTest::newRow("minimum") << 43 << 43;
    QTest::newRow("maximum") << 128 << 128;
    QTest::newRow("too short is raised") << 10 << 43;
    QTest::newRow("too long is capped") << 500 << 128;
}

void TestPkce::generatedVerifiersAreValidAndDistinct()
{
    QFETCH(int, requested);
    QFETCH(int, expected);
    QSet<QByteArray> seen;
    for (int i = 0; i < 50; ++i) {
        const Pkce pkce = Pkce::generate(requested);
        QCOMPARE(pkce.verifier.size(), expected);
        QVERIFY2(Pkce::isValidVerifier(pkce.verifier), pkce.verifier.constData());
        QCOMPARE(pkce.challenge, Pkce::challengeFor(pkce.verifier));
        QCOMPARE(pkce.challenge.size(), 43); // 32 bytes of SHA-256, base64url without padding
        QVERIFY(!pkce.challenge.contains('=') && !pkce.challenge.contains('+') &&
                !pkce.challenge.contains('/'));
        seen.insert(pkce.verifier);
    }
    QCOMPARE(seen.size(), 50);
}

void TestPkce::rejectsInvalidVerifiers_data()
{
    QTest::addColumn<QByteArray>("verifier");
    QTest::newRow("42 characters") << QByteArray(42, 'a');
    QTest::newRow("129 characters") << QByteArray(129, 'a');
    QTest::newRow("plus sign") << (QByteArray(42, 'a') + '+');
    QTest::newRow("space") << (QByteArray(42, 'a') + ' ');
}

void TestPkce::rejectsInvalidVerifiers()
{
    QFETCH(QByteArray, verifier);
    QVERIFY(!Pkce::isValidVerifier(verifier));
}

void TestPkce::randomTokensAreUrlSafe()
{
    const QByteArray a = randomUrlSafeToken(24);
    const QByteArray b = randomUrlSafeToken(24);
    QCOMPARE(a.size(), 32);
    QVERIFY(a != b);
    QCOMPARE(QByteArray::fromBase64(a, QByteArray::Base64UrlEncoding).size(), 24);
}

QTEST_GUILESS_MAIN(TestPkce)
#include "tst_pkce.moc"
