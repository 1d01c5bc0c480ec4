// $filter for the simulator's Graph modules: tokenizer, recursive-descent parser and evaluator.
#include "GraphQuery.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace sim {

namespace {

enum class TokenType { Identifier, String, Guid, Number, Open, Close, Comma, Colon, End };

struct Token {
    TokenType type = TokenType::End;
    QString text;
    int position = 0;
};

QString invalidClause(const QString &detail)
{
    return QStringLiteral("Invalid filter clause: %1").arg(detail);
}

bool tokenize(const QString &input, QList<Token> *tokens, QString *error)
{
    static const QRegularExpression guid(QStringLiteral(
        "\\G[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?![0-9A-Za-z_])"));
    int i = 0;
    const int n = int(input.size());
    while (i < n) {
        const QChar c = input.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        const int start = i;
        if (c == u'\'') {
            QString text;
            ++i;
            bool closed = false;
            while (i < n) {
                if (input.at(i) == u'\'') {
                    if (i + 1 < n && input.at(i + 1) == u'\'') {
                        text += u'\'';
                        i += 2;
                        continue;
                    }
                    closed = true;
                    ++i;
                    break;
                }
                text += input.at(i++);
            }
            if (!closed) {
                *error = invalidClause(
                    QStringLiteral("There is an unterminated string literal at position %1 in '%2'.")
                        .arg(start)
                        .arg(input));
                return false;
            }
            tokens->append({TokenType::String, text, start});
            continue;
        }
        if (const auto m = guid.match(input, i); m.hasMatch()) {
            tokens->append({TokenType::Guid, m.captured(0), start});
            i += int(m.capturedLength(0));
            continue;
        }
        if (c.isDigit() || (c == u'-' && i + 1 < n && input.at(i + 1).isDigit())) {
            ++i;
            while (i < n && (input.at(i).isDigit() || input.at(i) == u'.'))
                ++i;
            tokens->append({TokenType::Number, input.mid(start, i - start), start});
            continue;
        }
        if (c.isLetter() || c == u'_' || c == u'@') {
            while (i < n && (input.at(i).isLetterOrNumber() || input.at(i) == u'_' || input.at(i) == u'/' ||
                             input.at(i) == u'.' || input.at(i) == u'@'))
                ++i;
            tokens->append({TokenType::Identifier, input.mid(start, i - start), start});
            continue;
        }
        TokenType type;
        switch (c.unicode()) {
        case '(':
            type = TokenType::Open;
            break;
        case ')':
            type = TokenType::Close;
            break;
        case ',':
            type = TokenType::Comma;
            break;
        case ':':
            type = TokenType::Colon;
            break;
        default:
            *error = invalidClause(
                QStringLiteral("Syntax error: character '%1' is not valid at position %2 in '%3'.")
                    .arg(c)
                    .arg(start)
                    .arg(input));
            return false;
        }
        tokens->append({type, QString(c), start});
        ++i;
    }
    tokens->append({TokenType::End, QString(), int(n)});
    return true;
}

struct Operand {
    enum Kind { Property, Literal } kind = Literal;
    QString path;     // Property
    QJsonValue value; // Literal
};

struct Node {
    enum Kind { Or, And, Not, Compare, In, Function, Any, All } kind = Compare;
    QString op; // Compare: eq ne gt ge lt le; Function: startswith endswith contains
    std::unique_ptr<Node> left, right;
    Operand a, b;
    QList<QJsonValue> list; // In
    QString variable;       // Any / All
};

struct Scope {
    const ODataValueLookup *lookup;
    QHash<QString, QJsonValue> variables;
};

QJsonValue navigate(const QJsonValue &start, const QStringList &segments, int from)
{
    QJsonValue v = start;
    for (int i = from; i < segments.size(); ++i)
        v = v.toObject().value(segments.at(i));
    return v;
}

QJsonValue resolve(const Operand &operand, const Scope &scope)
{
    if (operand.kind == Operand::Literal)
        return operand.value;
    const QStringList segments = operand.path.split(u'/');
    const auto it = scope.variables.constFind(segments.constFirst());
    if (it != scope.variables.constEnd())
        return navigate(*it, segments, 1);
    return (*scope.lookup)(operand.path);
}

int compareValues(const QJsonValue &x, const QJsonValue &y, bool *comparable)
{
    *comparable = true;
    if (x.isDouble() && y.isDouble())
        return x.toDouble() < y.toDouble() ? -1 : (x.toDouble() > y.toDouble() ? 1 : 0);
    if (x.isBool() && y.isBool())
        return int(x.toBool()) - int(y.toBool());
    if (x.isString() && y.isString())
        return x.toString().compare(y.toString(), Qt::CaseInsensitive);
    *comparable = false;
    return 0;
}

bool isNullish(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined();
}

bool evaluate(const Node &node, Scope &scope)
{
    switch (node.kind) {
    case Node::Or:
        return evaluate(*node.left, scope) || evaluate(*node.right, scope);
    case Node::And:
        return evaluate(*node.left, scope) && evaluate(*node.right, scope);
    case Node::Not:
        return !evaluate(*node.left, scope);
    case Node::Compare: {
        const QJsonValue x = resolve(node.a, scope);
        const QJsonValue y = resolve(node.b, scope);
        if (isNullish(x) || isNullish(y)) {
            const bool same = isNullish(x) && isNullish(y);
            return node.op == QLatin1String("eq") ? same : (node.op == QLatin1String("ne") ? !same : false);
        }
        bool comparable = false;
        const int c = compareValues(x, y, &comparable);
        if (!comparable)
            return node.op == QLatin1String("ne");
        if (node.op == QLatin1String("eq"))
            return c == 0;
        if (node.op == QLatin1String("ne"))
            return c != 0;
        if (node.op == QLatin1String("gt"))
            return c > 0;
        if (node.op == QLatin1String("ge"))
            return c >= 0;
        if (node.op == QLatin1String("lt"))
            return c < 0;
        return c <= 0;
    }
    case Node::In: {
        const QJsonValue x = resolve(node.a, scope);
        for (const QJsonValue &candidate : node.list) {
            bool comparable = false;
            if (compareValues(x, candidate, &comparable) == 0 && comparable)
                return true;
        }
        return false;
    }
    case Node::Function: {
        const QString text = resolve(node.a, scope).toString();
        const QString term = resolve(node.b, scope).toString();
        if (node.op == QLatin1String("startswith"))
            return text.startsWith(term, Qt::CaseInsensitive);
        if (node.op == QLatin1String("endswith"))
            return text.endsWith(term, Qt::CaseInsensitive);
        return text.contains(term, Qt::CaseInsensitive);
    }
    case Node::Any:
    case Node::All: {
        const QJsonArray items = resolve(node.a, scope).toArray();
        if (!node.left)
            return node.kind == Node::Any ? !items.isEmpty() : true;
        const QJsonValue saved = scope.variables.value(node.variable, QJsonValue::Undefined);
        bool result = node.kind == Node::All;
        for (const QJsonValue &item : items) {
            scope.variables.insert(node.variable, item);
            const bool hit = evaluate(*node.left, scope);
            if (node.kind == Node::Any && hit) {
                result = true;
                break;
            }
            if (node.kind == Node::All && !hit) {
                result = false;
                break;
            }
        }
        if (saved.isUndefined())
            scope.variables.remove(node.variable);
        else
            scope.variables.insert(node.variable, saved);
        return result;
    }
    }
    return false;
}

// A string literal, or nothing (numbers, booleans and null never equal a string property).
std::optional<QString> stringLiteral(const Operand &operand)
{
    if (operand.kind != Operand::Literal || !operand.value.isString())
        return std::nullopt;
    return operand.value.toString();
}

// See ODataFilter::narrowing(). Lambdas are not entered: their variables are not properties.
std::optional<ODataNarrowing> narrow(const Node &node)
{
    switch (node.kind) {
    case Node::Or: {
        std::optional<ODataNarrowing> left = narrow(*node.left);
        const std::optional<ODataNarrowing> right = narrow(*node.right);
        if (!left || !right)
            return std::nullopt;
        left->anyOf += right->anyOf;
        return left;
    }
    case Node::And: {
        // Either side's condition is necessary; the left one is the first a client writes.
        std::optional<ODataNarrowing> left = narrow(*node.left);
        return left ? left : narrow(*node.right);
    }
    case Node::Compare: {
        if (node.op != QLatin1String("eq"))
            return std::nullopt;
        const Operand &property = node.a.kind == Operand::Property ? node.a : node.b;
        const std::optional<QString> value =
            stringLiteral(node.a.kind == Operand::Property ? node.b : node.a);
        if (property.kind != Operand::Property || !value)
            return std::nullopt;
        return ODataNarrowing{{{property.path, *value, false}}};
    }
    case Node::In: {
        if (node.a.kind != Operand::Property)
            return std::nullopt;
        ODataNarrowing narrowing;
        for (const QJsonValue &item : node.list)
            if (item.isString())
                narrowing.anyOf.append({node.a.path, item.toString(), false});
        return narrowing;
    }
    case Node::Function: {
        const std::optional<QString> value = stringLiteral(node.b);
        if (node.op != QLatin1String("startswith") || node.a.kind != Operand::Property || !value)
            return std::nullopt;
        return ODataNarrowing{{{node.a.path, *value, true}}};
    }
    case Node::Not:
    case Node::Any:
    case Node::All:
        break;
    }
    return std::nullopt;
}

class Parser
{
public:
    Parser(const QString &input, const QList<Token> &tokens)
        : m_input(input)
        , m_tokens(tokens)
    {
    }

    std::unique_ptr<Node> parseAll(QString *error)
    {
        auto node = parseOr();
        if (node && peek().type != TokenType::End)
            fail(peek().position);
        if (!m_error.isEmpty()) {
            *error = m_error;
            return nullptr;
        }
        return node;
    }

    QStringList properties;
    QStringList functions;

private:
    const Token &peek(int ahead = 0) const
    {
        return m_tokens.at(qMin(m_pos + ahead, int(m_tokens.size()) - 1));
    }
    const Token &next() { return m_tokens.at(qMin(m_pos++, int(m_tokens.size()) - 1)); }
    bool isKeyword(const Token &t, const char *word) const
    {
        return t.type == TokenType::Identifier &&
               t.text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
    }
    std::unique_ptr<Node> fail(int position)
    {
        if (m_error.isEmpty())
            m_error = invalidClause(
                QStringLiteral("Syntax error at position %1 in '%2'.").arg(position).arg(m_input));
        return nullptr;
    }
    bool expect(TokenType type)
    {
        if (peek().type != type) {
            fail(peek().position);
            return false;
        }
        ++m_pos;
        return true;
    }

    std::unique_ptr<Node> parseOr()
    {
        auto left = parseAnd();
        while (left && isKeyword(peek(), "or")) {
            ++m_pos;
            auto node = std::make_unique<Node>();
            node->kind = Node::Or;
            node->left = std::move(left);
            node->right = parseAnd();
            if (!node->right)
                return nullptr;
            left = std::move(node);
        }
        return left;
    }

    std::unique_ptr<Node> parseAnd()
    {
        auto left = parseUnary();
        while (left && isKeyword(peek(), "and")) {
            ++m_pos;
            auto node = std::make_unique<Node>();
            node->kind = Node::And;
            node->left = std::move(left);
            node->right = parseUnary();
            if (!node->right)
                return nullptr;
            left = std::move(node);
        }
        return left;
    }

    std::unique_ptr<Node> parseUnary()
    {
        if (isKeyword(peek(), "not")) {
            ++m_pos;
            auto node = std::make_unique<Node>();
            node->kind = Node::Not;
            node->left = parseUnary();
            return node->left ? std::move(node) : nullptr;
        }
        return parsePrimary();
    }

    bool parseOperand(Operand *out)
    {
        const Token &t = next();
        switch (t.type) {
        case TokenType::String:
        case TokenType::Guid:
            out->kind = Operand::Literal;
            out->value = t.text;
            return true;
        case TokenType::Number:
            out->kind = Operand::Literal;
            out->value = t.text.toDouble();
            return true;
        case TokenType::Identifier:
            out->kind = Operand::Literal;
            if (isKeyword(t, "true") || isKeyword(t, "false")) {
                out->value = isKeyword(t, "true");
                return true;
            }
            if (isKeyword(t, "null")) {
                out->value = QJsonValue(QJsonValue::Null);
                return true;
            }
            out->kind = Operand::Property;
            out->path = t.text;
            notePath(t.text);
            return true;
        default:
            fail(t.position);
            return false;
        }
    }

    void notePath(const QString &path)
    {
        QStringList segments = path.split(u'/');
        const auto it = m_variablePaths.constFind(segments.constFirst());
        if (it != m_variablePaths.constEnd())
            segments[0] = *it;
        const QString full = segments.join(u'/');
        if (!full.isEmpty() && !properties.contains(full))
            properties.append(full);
    }

    void noteFunction(const QString &name)
    {
        if (!functions.contains(name))
            functions.append(name);
    }

    std::unique_ptr<Node> parsePrimary()
    {
        const Token &t = peek();
        if (t.type == TokenType::Open) {
            ++m_pos;
            auto inner = parseOr();
            if (!inner || !expect(TokenType::Close))
                return nullptr;
            return inner;
        }
        if (t.type == TokenType::Identifier && peek(1).type == TokenType::Open)
            return t.text.endsWith(QLatin1String("/any"), Qt::CaseInsensitive) ||
                           t.text.endsWith(QLatin1String("/all"), Qt::CaseInsensitive)
                       ? parseLambda()
                       : parseFunction();
        auto node = std::make_unique<Node>();
        if (!parseOperand(&node->a))
            return nullptr;
        const Token &op = next();
        static const QStringList comparisons{QStringLiteral("eq"), QStringLiteral("ne"),
                                             QStringLiteral("gt"), QStringLiteral("ge"),
                                             QStringLiteral("lt"), QStringLiteral("le")};
        if (isKeyword(op, "in")) {
            node->kind = Node::In;
            if (!expect(TokenType::Open))
                return nullptr;
            while (true) {
                Operand item;
                if (!parseOperand(&item) || item.kind != Operand::Literal)
                    return fail(op.position);
                node->list.append(item.value);
                if (peek().type == TokenType::Comma) {
                    ++m_pos;
                    continue;
                }
                if (!expect(TokenType::Close))
                    return nullptr;
                return node;
            }
        }
        if (op.type != TokenType::Identifier || !comparisons.contains(op.text.toLower()))
            return fail(op.position);
        node->kind = Node::Compare;
        node->op = op.text.toLower();
        if (!parseOperand(&node->b))
            return nullptr;
        return node;
    }

    std::unique_ptr<Node> parseFunction()
    {
        const Token &name = next();
        const QString function = name.text.toLower();
        static const QStringList known{QStringLiteral("startswith"), QStringLiteral("endswith"),
                                       QStringLiteral("contains")};
        if (!known.contains(function)) {
            m_error = invalidClause(
                QStringLiteral("An unknown function with name '%1' was found. This may also be a "
                               "function import or a key lookup on a navigation property, which "
                               "is not allowed.")
                    .arg(name.text));
            return nullptr;
        }
        noteFunction(function);
        auto node = std::make_unique<Node>();
        node->kind = Node::Function;
        node->op = function;
        if (!expect(TokenType::Open) || !parseOperand(&node->a) || !expect(TokenType::Comma) ||
            !parseOperand(&node->b) || !expect(TokenType::Close))
            return nullptr;
        return node;
    }

    std::unique_ptr<Node> parseLambda()
    {
        const Token &name = next();
        auto node = std::make_unique<Node>();
        node->kind = name.text.endsWith(QLatin1String("/any"), Qt::CaseInsensitive) ? Node::Any : Node::All;
        noteFunction(node->kind == Node::Any ? QStringLiteral("any") : QStringLiteral("all"));
        const QString collection = name.text.left(name.text.size() - 4);
        node->a.kind = Operand::Property;
        node->a.path = collection;
        notePath(collection);
        if (!expect(TokenType::Open))
            return nullptr;
        if (peek().type == TokenType::Close) {
            ++m_pos;
            return node;
        }
        const Token &variable = next();
        if (variable.type != TokenType::Identifier || variable.text.contains(u'/'))
            return fail(variable.position);
        if (!expect(TokenType::Colon))
            return nullptr;
        node->variable = variable.text;
        m_variablePaths.insert(variable.text, collection);
        node->left = parseOr();
        m_variablePaths.remove(variable.text);
        if (!node->left || !expect(TokenType::Close))
            return nullptr;
        return node;
    }

    QString m_input;
    QList<Token> m_tokens;
    int m_pos = 0;
    QString m_error;
    QHash<QString, QString> m_variablePaths; // lambda variable -> collection path
};

class CompiledFilter final : public ODataFilter
{
public:
    CompiledFilter(std::unique_ptr<Node> root, QStringList properties, QStringList functions)
        : m_root(std::move(root))
        , m_properties(std::move(properties))
        , m_functions(std::move(functions))
    {
    }
    bool matches(const QJsonObject &object) const override
    {
        const ODataValueLookup lookup = [&object](const QString &path) {
            return navigate(QJsonValue(object), path.split(u'/'), 0);
        };
        return matches(lookup);
    }
    bool matches(const ODataValueLookup &lookup) const override
    {
        Scope scope{&lookup, {}};
        return evaluate(*m_root, scope);
    }
    QStringList properties() const override { return m_properties; }
    QStringList functions() const override { return m_functions; }
    std::optional<ODataNarrowing> narrowing() const override { return narrow(*m_root); }

private:
    std::unique_ptr<Node> m_root;
    QStringList m_properties;
    QStringList m_functions;
};

} // namespace

std::shared_ptr<ODataFilter> ODataFilter::compile(const QString &expression, QString *error)
{
    QList<Token> tokens;
    QString message;
    if (expression.trimmed().isEmpty()) {
        message = invalidClause(QStringLiteral("The filter expression is empty."));
    } else if (tokenize(expression, &tokens, &message)) {
        Parser parser(expression, tokens);
        if (auto root = parser.parseAll(&message))
            return std::make_shared<CompiledFilter>(std::move(root), parser.properties, parser.functions);
    }
    if (error)
        *error = message;
    return nullptr;
}

} // namespace sim
