#pragma once

#include <QObject>
#include <QString>

namespace insightly {

// Where the hand-off of a certificate file to Insightly stands, for the sentence the page shows next to the
// Insightly tab. The sentence is derived from these facts every time one changes, so it never says "now
// click Upload" once Insightly shows the certificate or a sign-in test proved it. Shared by Step 2 and the
// certificate rotation.
class CertificateHandoff : public QObject
{
    Q_OBJECT
public:
    enum class State {
        NoFile,        // nothing exported yet
        Offered,       // the file is ready for Insightly's file field
        Chosen,        // Insightly's file field took the file: Upload is next
        Held,          // Insightly's settings page shows the offered certificate's thumbprint
        HeldOther,     // Insightly's settings page shows another certificate
        ProvenBySignIn // a sign-in test passed with this certificate
    };
    Q_ENUM(State)

    explicit CertificateHandoff(QObject *parent = nullptr);

    State state() const { return m_state; }
    QString sentence() const;
    QString file() const { return m_file; }
    QString thumbprint() const { return m_thumbprint; }
    QString heldThumbprint() const { return m_held; } // what Insightly shows; empty when not seen

    // A file to offer (`thumbprint` = its certificate's; empty while not known yet). Offering the same file
    // again keeps what is known about it.
    void offer(const QString &file, const QString &thumbprint = {});
    // The thumbprint of the certificate in `file`, once read (ignored when another file is offered by then).
    void learnThumbprint(const QString &file, const QString &thumbprint);
    // Insightly's file field answered with `file`.
    void chosenInInsightly(const QString &file);
    // What Insightly's settings page shows as the certificate it holds (empty: the page does not show one).
    void insightlyShows(const QString &thumbprint);
    // The sign-in test's verdict with the offered certificate.
    void signInTested(bool passed);

Q_SIGNALS:
    void changed(insightly::CertificateHandoff::State state, const QString &sentence);

private:
    void setState(State state);

    State m_state = State::NoFile;
    QString m_file;
    QString m_thumbprint;
    QString m_chosen;
    QString m_held;
};

} // namespace insightly
