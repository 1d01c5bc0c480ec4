#include "insightly/PastedText.h"

#include <QList>

#include <utility>

namespace insightly::pasted {

QString withoutSpaces(const QString &text)
{
    QString result;
    for (const QChar c : text) {
        if (!c.isSpace())
            result += c;
    }
    return result;
}

QString unwrapped(const QString &text)
{
    QString result = text.trimmed();
    static const QList<std::pair<QChar, QChar>> wrappers{{u'"', u'"'},
                                                         {u'\'', u'\''},
                                                         {u'<', u'>'},
                                                         {u'`', u'`'},
                                                         {QChar(0x201C), QChar(0x201D)},
                                                         {QChar(0x2018), QChar(0x2019)},
                                                         {QChar(0x00AB), QChar(0x00BB)}};
    for (bool stripped = true; stripped && result.size() >= 2;) {
        stripped = false;
        for (const auto &[open, close] : wrappers) {
            if (result.startsWith(open) && result.endsWith(close)) {
                result = result.mid(1, result.size() - 2).trimmed();
                stripped = true;
            }
        }
    }
    return result;
}

} // namespace insightly::pasted
