#include "flows/CertificateHandoff.h"

#include <QDir>

namespace insightly {

CertificateHandoff::CertificateHandoff(QObject *parent)
    : QObject(parent)
{
}

QString CertificateHandoff::sentence() const
{
    const QString file = QDir::toNativeSeparators(m_file);
    switch (m_state) {
    case State::NoFile:
        return tr("The certificate file is not exported yet.");
    case State::Offered:
        return tr("Insightly's file field will get %1.").arg(file);
    case State::Chosen:
        return tr("%1 was chosen in Insightly; now click Upload.").arg(QDir::toNativeSeparators(m_chosen));
    case State::Held:
        return tr("Insightly holds the certificate %1.").arg(m_held);
    case State::HeldOther:
        return tr("Insightly holds another certificate (%1), not %2: upload %3.")
            .arg(m_held, m_thumbprint, file);
    case State::ProvenBySignIn:
        return tr("Insightly accepted the certificate: the sign-in test passed.");
    }
    return {};
}

void CertificateHandoff::offer(const QString &file, const QString &thumbprint)
{
    const bool same = file == m_file &&
                      (thumbprint.isEmpty() || thumbprint.compare(m_thumbprint, Qt::CaseInsensitive) == 0);
    m_file = file;
    if (!thumbprint.isEmpty() || !same)
        m_thumbprint = thumbprint.toUpper();
    if (same && m_state != State::NoFile)
        return setState(m_state); // the same certificate again: what Insightly holds has not changed
    m_chosen.clear();
    m_held.clear();
    setState(file.isEmpty() ? State::NoFile : State::Offered);
}

void CertificateHandoff::learnThumbprint(const QString &file, const QString &thumbprint)
{
    if (file != m_file || thumbprint.isEmpty())
        return;
    m_thumbprint = thumbprint.toUpper();
    if (!m_held.isEmpty() && m_state != State::ProvenBySignIn)
        return setState(m_held == m_thumbprint ? State::Held : State::HeldOther);
    setState(m_state);
}

void CertificateHandoff::chosenInInsightly(const QString &file)
{
    if (m_file.isEmpty())
        return;
    m_chosen = file;
    setState(State::Chosen);
}

void CertificateHandoff::insightlyShows(const QString &thumbprint)
{
    if (m_file.isEmpty() || thumbprint.isEmpty())
        return; // the page shows none: what the admin did is all there is to go by
    m_held = thumbprint.toUpper();
    if (m_state == State::ProvenBySignIn && m_held == m_thumbprint)
        return;
    setState(m_thumbprint.isEmpty() || m_held == m_thumbprint ? State::Held : State::HeldOther);
}

void CertificateHandoff::signInTested(bool passed)
{
    if (m_file.isEmpty())
        return;
    if (passed)
        setState(State::ProvenBySignIn);
    else if (m_state == State::ProvenBySignIn)
        setState(m_chosen.isEmpty() ? State::Offered : State::Chosen);
}

void CertificateHandoff::setState(State state)
{
    m_state = state;
    Q_EMIT changed(state, sentence());
}

} // namespace insightly
