package welfare

// Default returns the evaluator over the document's own book, [Book].
func Default() *Evaluator { return std() }
