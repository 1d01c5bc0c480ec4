#pragma once

#include <QWizardPage>

class QLabel;
class QScrollArea;
class QSplitter;
class QTabWidget;
class QVBoxLayout;

namespace insightly {

class WizardContext;

// The frame every page shares: the article's instructions for the step beside the page's own content, all
// inside a scroll area so that a page fits a 1366×768 screen at any scale. A page that works with an
// embedded browser asks for browserPane(): the instructions then sit above the page's controls on the left
// of a splitter, and the browsers fill the right side at the page's full height, beside the instructions.
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
    // The right side of a splitter for the page's embedded browsers (one tab each), made on the first call.
    QTabWidget *browserPane();
    // Scrolls the page's controls so that `widget` (the next action) is on screen.
    void bringIntoView(QWidget *widget);
    // Under the controls' scroll area, beside the browsers: what the admin must see without scrolling.
    QVBoxLayout *controlsFooter();
    QVBoxLayout *contentLayout() const { return m_content; }
    WizardContext &context() const { return m_context; }
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitControlsPane();

    WizardContext &m_context;
    QVBoxLayout *m_content = nullptr;
    QScrollArea *m_scroll = nullptr;
    QScrollArea *m_instructionsScroll = nullptr;
    QSplitter *m_splitter = nullptr;
    QWidget *m_controlsPane = nullptr;
    QTabWidget *m_browsers = nullptr;
    QVBoxLayout *m_footer = nullptr;
    QLabel *m_instructions = nullptr;
    QLabel *m_notice = nullptr;
    bool m_notBuilt = false;
};

} // namespace insightly
