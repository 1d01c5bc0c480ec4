#pragma once

#include "pages/WizardContext.h"

#include <QList>
#include <QWizard>

namespace insightly {

// The wizard window: a thin QWizard that only owns the page sequence (STYLE.md 1).
class SetupWizard : public QWizard
{
    Q_OBJECT
public:
    // New ids go at the end: tests and saved screenshots name pages by these values.
    enum PageId {
        Welcome,
        SignIn,
        Instance,
        App,
        Saml,
        Scim,
        Assign,
        Summary,
        RotateCertificate,
        RotateScimToken
    };
    Q_ENUM(PageId)

    explicit SetupWizard(WizardContext &context, QWidget *parent = nullptr);

    // The page sequence of the mode chosen on the Welcome page (WizardContext::mode()):
    // new setup: Welcome, SignIn, Instance, App, Saml, Scim, Assign, Summary;
    // rotate the certificate: Welcome, SignIn, RotateCertificate, Summary;
    // rotate the SCIM token: Welcome, SignIn, RotateScimToken, Summary;
    // check status: Welcome, SignIn, Summary.
    int nextId() const override;
    static QList<int> sequence(WizardMode mode);

private:
    WizardContext &m_context;
};

} // namespace insightly
