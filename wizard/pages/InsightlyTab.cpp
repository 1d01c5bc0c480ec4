#include "pages/InsightlyTab.h"

#include "browser/BrowserPage.h"
#include "browser/EmbeddedBrowser.h"
#include "pages/WizardContext.h"

#include <QVBoxLayout>

namespace insightly {

InsightlyTab::InsightlyTab(WizardContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("insightlyTab"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_browser = new EmbeddedBrowser(context.urlOpener(), QStringLiteral("insightly"), this);
    // Insightly's settings page is laid out for a desktop browser: narrower, it wraps its form out of view.
    m_browser->setMinimumSize(420, 420);
    layout->addWidget(m_browser);
    if (!context.config().endpointOverride.isEmpty())
        m_instance = InsightlyInstance::forLoopback(context.config().endpointOverride);
}

void InsightlyTab::showIn(QVBoxLayout *layout, int stretch)
{
    if (parentWidget() == layout->parentWidget() && layout->indexOf(this) >= 0)
        return;
    layout->addWidget(this, stretch);
    show();
}

bool InsightlyTab::openSettingsPage()
{
    if (m_instance.isNull())
        return false;
    m_browser->load(m_instance.settingsPageUrl());
    return true;
}

void InsightlyTab::readText(const QString &script, std::function<void(const QString &)> done)
{
    QPointer<InsightlyTab> self(this);
    m_browser->page()->runJavaScript(script, [self, done = std::move(done)](const QVariant &value) {
        if (self)
            done(value.toString().trimmed());
    });
}

void InsightlyTab::readSignInPageUrl(std::function<void(const QString &)> done)
{
    readText(QStringLiteral("(function(){var e=document.getElementById('signInPageUrl');"
                            "return e ? (e.value || e.textContent || '') : '';})()"),
             std::move(done));
}

void InsightlyTab::readUploadedThumbprint(std::function<void(const QString &)> done)
{
    readText(QStringLiteral("(function(){var e=document.getElementById('uploadedThumbprint');"
                            "return e ? e.textContent : '';})()"),
             std::move(done));
}

void InsightlyTab::readEnforceSamlChecked(std::function<void(int)> done)
{
    readText(QStringLiteral("(function(){var e=document.getElementById('enforceSaml');"
                            "if(!e) return '-1'; if(e.defaultChecked) return '1';"
                            "return e.checked ? '2' : '0';})()"),
             [done = std::move(done)](const QString &text) { done(text.isEmpty() ? -1 : text.toInt()); });
}

} // namespace insightly
