#pragma once

#include <QWizard>

namespace insightly {

class WizardContext;

// The wizard window: a thin QWizard that only owns the page sequence (STYLE.md 1).
class SetupWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { Welcome, SignIn, Instance, App, Saml, Scim, Assign, Summary };
    Q_ENUM(PageId)

    explicit SetupWizard(WizardContext &context, QWidget *parent = nullptr);

private:
    WizardContext &m_context;
};

} // namespace insightly
