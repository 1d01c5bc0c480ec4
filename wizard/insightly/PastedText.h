#pragma once

#include <QString>

// What the admin pastes into the Insightly fields (Sign-in page URL, Tenant URL, Secret Token) carries what
// copying from mail, chat or documents adds. Shared by InsightlyUrls and ScimInputs; internal to
// wizard/insightly.
namespace insightly::pasted {

// `text` without any white space: a URL or a token never contains it, text wrapped by a mail client does.
QString withoutSpaces(const QString &text);
// `text` without surrounding quotes, angle brackets or backticks (straight, curly, guillemets) and without
// white space at both ends; repeatedly, since "<'…'>" happens.
QString unwrapped(const QString &text);

} // namespace insightly::pasted
