#pragma once

// The real SetupWizard before any sign-in, for the tests of its pages' layout and texts (tst_pagelayout,
// tst_accelerators): a context in a mode with the default configuration, the wizard started at a page, and
// the sign-in page standing still as the admin first sees it. Header-only: those tests link insightly_wizard
// alone.
#include "core/AppConfig.h"
#include "pages/SetupWizard.h"
#include "pages/SignInPage.h"
#include "pages/WizardContext.h"

#include <memory>

namespace insightlytest {

// The sign-in page as it stands before any sign-in: no saved session is restored, no browser loads.
class QuietSignInPage : public insightly::SignInPage
{
public:
    using SignInPage::SignInPage;
    void initializePage() override {}
};

// A wizard context in `mode` with the default configuration, and the real wizard built on it.
class RealWizard
{
public:
    explicit RealWizard(insightly::WizardMode mode)
        : m_context(m_config)
    {
        m_context.setMode(mode);
    }

    insightly::WizardContext &context() { return m_context; }

    // The real wizard, to start at `pageId` when shown (not shown yet: the caller may set options first).
    std::unique_ptr<insightly::SetupWizard> startingAt(int pageId)
    {
        auto wizard = std::make_unique<insightly::SetupWizard>(m_context);
        wizard->setStartId(pageId);
        return wizard;
    }

private:
    insightly::AppConfig m_config;
    insightly::WizardContext m_context;
};

} // namespace insightlytest
