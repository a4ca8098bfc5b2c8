import KhuyenCongCore
import Plot
import Vapor

/// `GET /api-docs`: the API reference for developers, rendered from the same operation list as
/// `GET /api/v1/openapi.json`, so the page and the document never disagree. Public, like the document.
enum APIReferencePage {
    /// `GET /api/v1/openapi.json`, serialised once: the document depends only on the code.
    static let documentJSON = APIDocument.document().serialized(pretty: true)

    static func document(_ req: Request) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: .ok, headers: headers, body: .init(string: documentJSON))
    }

    static func handle(_ req: Request) -> Response {
        .html(view(PageContext(req)))
    }

    static func view(_ context: PageContext) -> String {
        let operations = APIDocument.operations
        let tags = APIDocument.tags.filter { tag in operations.contains { $0.tag == tag.0 } }
        let content: Node<HTML.BodyContext> = .group(
            .h1(.text(context.t(.apiTitle))),
            .p(.class("lead"), .text(context.t(.apiIntro))),
            .p(.a(.class("button"), .href(Route.openAPIDocument.path), .text(context.t(.apiDocumentLink)))),
            .nav(
                .ariaLabel(context.t(.apiContents)),
                .ul(.forEach(tags) { tag in .li(.a(.href("#" + anchor(tag.0)), .text(tag.0)), .text(" — " + tag.1)) })),
            .forEach(tags) { tag in
                .section(
                    .id(anchor(tag.0)),
                    .h2(.text(tag.0)),
                    .forEach(operations.filter { $0.tag == tag.0 }) { operation(context, $0) })
            },
            .section(
                .id("schemas"), .h2(.text(context.t(.apiSchemas))),
                .forEach(APIDocument.schemas) { name, schema in
                    .group(.h3(.id("schema-" + name), .code(.text(name))), .pre(.code(.text(SchemaText.describe(schema)))))
                })
        )
        return Layout.render(context, title: context.t(.apiTitle), section: nil, content: content)
    }

    private static func operation(_ context: PageContext, _ operation: APIOperation) -> Node<HTML.BodyContext> {
        var parameters = operation.parameters
        if operation.exports { parameters.append(.format) }
        return .article(
            .class("api-op"), .id(operation.id),
            .h3(.span(.class("api-method"), .text(operation.method)), .text(" "), .code(.text(operation.path))),
            .p(
                .text(operation.summary),
                .span(.class("tag"), .text(context.t(operation.access == .anyone ? .apiAnyone : .apiSignedIn)))),
            .if(
                !parameters.isEmpty,
                .div(
                    .class("table-wrap"),
                    .table(
                        .class("data-table"),
                        .caption(.text(context.t(.apiParameters))),
                        .thead(.tr(
                            .columnHeader(context.t(.apiParameterName)), .columnHeader(context.t(.apiParameterLocation)),
                            .columnHeader(context.t(.apiType)), .columnHeader(context.t(.apiDescription)))),
                        .tbody(.forEach(parameters) { parameter in
                            .tr(
                                .td(.code(.text(parameter.name))), .td(.text(parameter.location.rawValue)),
                                .td(.code(.text(SchemaText.describe(parameter.schema)))), .td(.text(parameter.description)))
                        })))),
            .unwrap(operation.body) { body in
                .group(.h4(.text(context.t(.apiRequestBody))), schemaBlock(body))
            },
            .if(!operation.fileBody.isEmpty, .p(.text(context.t(.apiFileBody, ["types": operation.fileBody.joined(separator: ", ")])))),
            .unwrap(operation.response) { response in
                .group(
                    .h4(.text(context.t(.apiResponse, ["status": String(operation.status)]))),
                    schemaBlock(response))
            },
            .if(operation.exports, .p(.class("hint"), .text(context.t(.apiExports))))
        )
    }

    /// A named schema links to its definition below; an inline one is written out.
    private static func schemaBlock(_ schema: JSONValue) -> Node<HTML.BodyContext> {
        if schema["$ref"] != nil {
            let name = SchemaText.describe(schema)
            return .p(.a(.href("#schema-" + name), .code(.text(name))))
        }
        return .pre(.code(.text(SchemaText.describe(schema))))
    }

    private static func anchor(_ tag: String) -> String {
        "tag-" + tag.lowercased().replacingOccurrences(of: " ", with: "-")
    }
}
