#include "pages/InsightlyTab.h"

#include "browser/BrowserPage.h"
#include "browser/EmbeddedBrowser.h"
#include "core/SetupStateStore.h"
#include "insightly/InsightlyUrls.h"
#include "pages/WizardContext.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace insightly {

namespace {

// Marks the page of a tab made by addTabTo().
constexpr char kTabPageProperty[] = "insightlyTabPage";

} // namespace

InsightlyTab::InsightlyTab(WizardContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("insightlyTab"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_browser = new EmbeddedBrowser(context.urlOpener(), QStringLiteral("insightly"),
                                    context.certificateTrust(), this);
    // Insightly's settings page is laid out for a desktop browser: narrower, it wraps its form out of view.
    m_browser->setMinimumSize(420, 420);
    layout->addWidget(m_browser);
}

void InsightlyTab::showIn(QVBoxLayout *layout, int stretch)
{
    if (parentWidget() == layout->parentWidget() && layout->indexOf(this) >= 0)
        return;
    layout->addWidget(this, stretch);
    show();
}

void InsightlyTab::setInstance(const InsightlyInstance &instance)
{
    m_instance = instance;
    if (!instance.isNull())
        m_browser->setSharedProfile(m_context.insightlyProfile(instance.crmBaseUrl().host()));
}

void InsightlyTab::useSavedInstance()
{
    if (!m_instance.isNull())
        return;
    const SignInUrlValidation signIn =
        InsightlyUrls::validateSignInPageUrl(m_context.setup().state().insightlySignInUrl.toString());
    if (signIn.isValid() && !signIn.instance.isNull())
        setInstance(signIn.instance);
}

void InsightlyTab::showSettingsIn(QVBoxLayout *layout)
{
    showIn(layout);
    useSavedInstance();
    if (m_browser->currentUrl().isEmpty())
        openSettingsPage();
}

QWidget *InsightlyTab::addTabTo(QTabWidget *tabs, const QString &title)
{
    auto *page = new QWidget(tabs);
    page->setProperty(kTabPageProperty, true);
    auto *area = new QVBoxLayout(page);
    area->setContentsMargins(0, 0, 0, 0);
    tabs->addTab(page, title);
    connect(tabs, &QTabWidget::currentChanged, this, [this, tabs, page, area](int index) {
        if (tabs->widget(index) == page)
            showSettingsIn(area);
    });
    return page;
}

void InsightlyTab::showIfCurrent(QTabWidget *tabs)
{
    QWidget *page = tabs->currentWidget();
    if (page && page->property(kTabPageProperty).toBool())
        showSettingsIn(qobject_cast<QVBoxLayout *>(page->layout()));
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
    // The element whose own text starts with the label, then the first web address after it in reading
    // order: in the label itself ("Sign-in page URL: https://…"), in the control it labels, or in the text or
    // field that follows it.
    readText(QStringLiteral(R"JS((function (label) {
  function ownText(e) {
    var t = '';
    for (var c = e.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) t += c.nodeValue;
    return t.replace(/\s+/g, ' ').trim().toLowerCase();
  }
  function address(text) { var m = (text || '').match(/https?:\/\/[^\s"'<>]+/); return m ? m[0] : ''; }
  if (!document.body) return '';
  var all = document.body.querySelectorAll('*');
  for (var i = 0; i < all.length; i++) {
    var e = all[i];
    if (ownText(e).indexOf(label) !== 0) continue;
    var found = address(ownText(e).length > label.length ? e.textContent : '');
    if (found) return found;
    if (e.control && (e.control.value || e.control.textContent)) return address(e.control.value || e.control.textContent);
    var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    walker.currentNode = e;
    for (var n = walker.nextNode(), steps = 0; n && steps < 60; n = walker.nextNode(), ++steps) {
      if (n.nodeType === 1 && (n.tagName === 'INPUT' || n.tagName === 'TEXTAREA')) { found = address(n.value); }
      else if (n.nodeType === 3) { found = address(n.nodeValue); }
      if (found) return found;
    }
  }
  return '';
})('sign-in page url'))JS"),
             std::move(done));
}

void InsightlyTab::readUploadedThumbprint(std::function<void(const QString &)> done)
{
    readText(QStringLiteral(R"JS((function () {
  var t = document.body ? document.body.innerText : '';
  var m = t.match(/thumbprint[^0-9a-f]{0,40}((?:[0-9a-f]{2}:?){19}[0-9a-f]{2})/i);
  return m ? m[1].replace(/:/g, '') : '';
})())JS"),
             std::move(done));
}

void InsightlyTab::readEnforceSamlChecked(std::function<void(int)> done)
{
    // The checkbox whose label reads "Enforce SAML Login": its <label>, or the text right next to it.
    readText(QStringLiteral(R"JS((function (label) {
  function norm(t) { return (t || '').replace(/\s+/g, ' ').trim().toLowerCase(); }
  var boxes = document.querySelectorAll('input[type=checkbox]');
  for (var i = 0; i < boxes.length; i++) {
    var b = boxes[i], text = '';
    if (b.labels) for (var j = 0; j < b.labels.length; j++) text += ' ' + b.labels[j].textContent;
    if (norm(text).indexOf(label) < 0)
      text = (b.nextSibling ? b.nextSibling.textContent : '') + ' ' + (b.nextElementSibling ? b.nextElementSibling.textContent : '');
    if (norm(text).indexOf(label) < 0) continue;
    if (b.defaultChecked) return '1';
    return b.checked ? '2' : '0';
  }
  return '-1';
})('enforce saml login'))JS"),
             [done = std::move(done)](const QString &text) { done(text.isEmpty() ? -1 : text.toInt()); });
}

} // namespace insightly
