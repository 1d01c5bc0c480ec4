#pragma once

#include <QGroupBox>
#include <qcorotask.h>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace insightly {

class CertificateHandoff;
class InfoLabel;
class InsightlyTab;

// The hand-off to Insightly: the steps to upload the certificate, with the exported certificate offered
// pre-selected when Insightly's upload asks for a file, so the upload is one click. The shared Insightly tab
// goes where the page puts it (its browser pane, beside these steps). The status sentence is derived from
// CertificateHandoff (offered → chosen → shown by Insightly → proven by a sign-in test), never left stale.
class InsightlyHandoffPanel : public QGroupBox
{
    Q_OBJECT
public:
    // A first setup says not to enforce SAML yet; a rotation replaces the certificate of an enforced setup.
    enum class Purpose { FirstSetup, Rotation };

    InsightlyHandoffPanel(InsightlyTab *tab, Purpose purpose, QWidget *parent = nullptr);

    // Moves the shared Insightly tab into `area` (when the page is shown).
    void attachTab(QVBoxLayout *area);
    // The exported Certificate (Base64) that Insightly's file chooser gets.
    void setCertificateFile(const QString &path);
    // The sign-in test's verdict with that certificate.
    void signInTested(bool passed);
    CertificateHandoff *handoff() const { return m_handoff; }

Q_SIGNALS:
    // The admin is to act in the Insightly tab now: the page shows it.
    void insightlyWanted();

private:
    void watchPage();
    QCoro::Task<> learnThumbprint(QString path);
    void showState();

    InsightlyTab *m_tab;
    CertificateHandoff *m_handoff = nullptr;
    InfoLabel *m_steps = nullptr;
    InfoLabel *m_fileStatus = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace insightly
