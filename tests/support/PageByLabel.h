// How a test finds things on a web page the way a person does — by the caption next to them — for pages that
// promise no element ids (Insightly's). byLabel(script) wraps `script` so that it may call:
//   field('Email')         the control a <label> whose text starts with these words names (or wraps);
//   button('Sign In')      the button or submit input with this caption;
//   valueAfter('Thumbprint') the text of the element right after the one whose own text is this caption.
#pragma once

#include <QString>

namespace testsupport {

inline QString byLabel(const QString &script)
{
    return QStringLiteral(R"JS((function () {
  function norm(t) { return (t || '').replace(/\s+/g, ' ').trim().toLowerCase(); }
  function field(label) {
    var ls = document.querySelectorAll('label');
    for (var i = 0; i < ls.length; i++)
      if (norm(ls[i].textContent).indexOf(norm(label)) === 0 && ls[i].control) return ls[i].control;
    return null;
  }
  function button(caption) {
    var bs = document.querySelectorAll('button, input[type=submit]');
    for (var i = 0; i < bs.length; i++)
      if (norm(bs[i].textContent || bs[i].value) === norm(caption)) return bs[i];
    return null;
  }
  function valueAfter(caption) {
    var all = document.body.querySelectorAll('*');
    for (var i = 0; i < all.length; i++)
      if (all[i].children.length === 0 && norm(all[i].textContent) === norm(caption) && all[i].nextElementSibling)
        return all[i].nextElementSibling.textContent;
    return '';
  }
)JS") + script +
           QStringLiteral("\n})()");
}

} // namespace testsupport
