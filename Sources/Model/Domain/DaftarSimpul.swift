/// The nodes of a dataset, in pieces of 1.024: a copy shares the pieces, and a change
/// copies only the piece it touches (not all of a province's hundred thousand nodes),
/// so the first edit after a save's copy is taken stays as quick as any other.
public struct DaftarSimpul: RandomAccessCollection, MutableCollection, ExpressibleByArrayLiteral, Equatable, Sendable {
    private static let geser = 10
    private static let sisa = (1 << geser) - 1
    private var potong: [[Simpul]] = []
    public private(set) var count = 0

    public init() {}

    public init(arrayLiteral elements: Simpul...) {
        for e in elements { append(e) }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }
    public func index(after i: Int) -> Int { i + 1 }
    public func index(before i: Int) -> Int { i - 1 }

    public subscript(i: Int) -> Simpul {
        get {
            precondition(i >= 0 && i < count, "node index out of range")
            return potong[i >> DaftarSimpul.geser][i & DaftarSimpul.sisa]
        }
        _modify {
            precondition(i >= 0 && i < count, "node index out of range")
            yield &potong[i >> DaftarSimpul.geser][i & DaftarSimpul.sisa]
        }
    }

    public mutating func append(_ s: Simpul) {
        if count & DaftarSimpul.sisa == 0 {
            var piece: [Simpul] = []
            piece.reserveCapacity(1 << DaftarSimpul.geser)
            potong.append(piece)
        }
        potong[potong.count - 1].append(s)
        count += 1
    }
}
