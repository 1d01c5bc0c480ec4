#pragma once

#include <QWizardPage>

class QLabel;
class QVBoxLayout;
class QScrollArea;

namespace insightly {

class WizardContext;

// The frame every page shares: the article's instructions for the step beside (or above) the page's own
// content, all inside a scroll area so that a page fits a 1366×768 screen at any scale.
class StepPage : public QWizardPage
{
    Q_OBJECT
public:
    StepPage(WizardContext &context, const QString &objectName, QWidget *parent = nullptr);

    // The step's instructions (rich text, from the help article), shown in a side panel.
    void setInstructions(const QString &html);
    // Says plainly that this step's capability is not built in this version; the page then never completes.
    void setNotBuilt(const QString &whatIsMissing);
    bool isNotBuilt() const { return m_notBuilt; }

    bool isComplete() const override;

protected:
    QVBoxLayout *contentLayout() const { return m_content; }
    WizardContext &context() const { return m_context; }

private:
    WizardContext &m_context;
    QVBoxLayout *m_content = nullptr;
    QLabel *m_instructions = nullptr;
    QLabel *m_notice = nullptr;
    bool m_notBuilt = false;
};

} // namespace insightly
