// CertificateHandoff: the hand-off sentence follows the facts — offered, chosen in Insightly, shown by
// Insightly, proven by a sign-in — and never keeps "now click Upload" once a later fact is known.
#include "flows/CertificateHandoff.h"

#include <QSignalSpy>
#include <QtTest>

using namespace insightly;
using State = CertificateHandoff::State;

class TestCertificateHandoff : public QObject
{
    Q_OBJECT

private slots:
    void followsTheUploadToTheProof()
    {
        CertificateHandoff handoff;
        QSignalSpy changes(&handoff, &CertificateHandoff::changed);
        QCOMPARE(handoff.state(), State::NoFile);
        handoff.chosenInInsightly(QStringLiteral("/tmp/x.cer")); // nothing offered: ignored
        QCOMPARE(handoff.state(), State::NoFile);
        QCOMPARE(changes.size(), 0);

        handoff.offer(QStringLiteral("/f/Insightly SAML.cer"), QStringLiteral("ab12"));
        QCOMPARE(handoff.state(), State::Offered);
        QCOMPARE(handoff.thumbprint(), QStringLiteral("AB12"));
        handoff.chosenInInsightly(QStringLiteral("/f/Insightly SAML.cer"));
        QCOMPARE(handoff.state(), State::Chosen);
        const QString clickUpload = handoff.sentence();
        QVERIFY(clickUpload.contains(QLatin1String("Upload")));

        handoff.insightlyShows(QString()); // the page shows no thumbprint: nothing learnt
        QCOMPARE(handoff.state(), State::Chosen);
        handoff.insightlyShows(QStringLiteral("ab12"));
        QCOMPARE(handoff.state(), State::Held);
        QVERIFY(handoff.sentence() != clickUpload);
        QCOMPARE(changes.last().at(1).toString(), handoff.sentence());

        handoff.signInTested(true);
        QCOMPARE(handoff.state(), State::ProvenBySignIn);
        QVERIFY(!handoff.sentence().contains(QLatin1String("Upload")));
    }

    void namesAnotherCertificateInInsightly()
    {
        CertificateHandoff handoff;
        handoff.offer(QStringLiteral("new.cer"), QStringLiteral("NEW1"));
        handoff.insightlyShows(QStringLiteral("old9"));
        QCOMPARE(handoff.state(), State::HeldOther);
        QVERIFY(handoff.sentence().contains(QLatin1String("OLD9")));
        QVERIFY(handoff.sentence().contains(QLatin1String("NEW1")));
        handoff.signInTested(false);
        QCOMPARE(handoff.state(), State::HeldOther);
    }

    void aNewFileStartsOverButTheSameFileKeepsTheProof()
    {
        CertificateHandoff handoff;
        handoff.offer(QStringLiteral("a.cer"), QStringLiteral("AA"));
        handoff.signInTested(true);
        handoff.offer(QStringLiteral("a.cer"), QStringLiteral("aa")); // exported again: same certificate
        QCOMPARE(handoff.state(), State::ProvenBySignIn);
        handoff.offer(QStringLiteral("b.cer"), QStringLiteral("BB")); // rollback: another certificate
        QCOMPARE(handoff.state(), State::Offered);
        handoff.offer(QString(), QString());
        QCOMPARE(handoff.state(), State::NoFile);
    }

    // The thumbprint is read after the offer (off the GUI thread): it completes what is known, for that file
    // only.
    void theThumbprintArrivesLater()
    {
        CertificateHandoff handoff;
        handoff.offer(QStringLiteral("n.cer"));
        handoff.insightlyShows(QStringLiteral("ff00"));
        QCOMPARE(handoff.state(), State::Held); // nothing to compare with yet
        handoff.learnThumbprint(QStringLiteral("other.cer"), QStringLiteral("AB"));
        QCOMPARE(handoff.thumbprint(), QString());
        handoff.learnThumbprint(QStringLiteral("n.cer"), QStringLiteral("ab"));
        QCOMPARE(handoff.thumbprint(), QStringLiteral("AB"));
        QCOMPARE(handoff.state(), State::HeldOther);
        handoff.offer(QStringLiteral("n.cer")); // offered again, thumbprint not read again yet: kept
        QCOMPARE(handoff.thumbprint(), QStringLiteral("AB"));
        QCOMPARE(handoff.state(), State::HeldOther);
    }
};

QTEST_MAIN(TestCertificateHandoff)
#include "tst_certificatehandoff.moc"
