// dist/core/errors.js
var PolyvmError = class extends Error {
  /** Stable identifier, safe to match on; never changes once published. */
  code;
  shortMessage;
  details;
  name = "PolyvmError";
  constructor(code, shortMessage, options = {}) {
    super(options.details ? `${shortMessage}

Details: ${options.details}` : shortMessage, {
      cause: options.cause
    });
    this.code = code;
    this.shortMessage = shortMessage;
    this.details = options.details;
  }
};
var InvalidArgumentError = class extends PolyvmError {
  name = "InvalidArgumentError";
  constructor(shortMessage, options) {
    super("INVALID_ARGUMENT", shortMessage, options);
  }
};
var InvalidHexError = class extends PolyvmError {
  name = "InvalidHexError";
  constructor(shortMessage, options) {
    super("INVALID_HEX", shortMessage, options);
  }
};
var InvalidInputFileError = class extends PolyvmError {
  name = "InvalidInputFileError";
  constructor(shortMessage, options) {
    super("INVALID_INPUT_FILE", shortMessage, options);
  }
};
var StateStoreError = class extends PolyvmError {
  name = "StateStoreError";
  constructor(shortMessage, options, code = "STATE_STORE") {
    super(code, shortMessage, options);
  }
};
var StateStoreCorruptError = class extends StateStoreError {
  name = "StateStoreCorruptError";
  constructor(shortMessage, options) {
    super(shortMessage, options, "STATE_CORRUPT");
  }
};
var StateStoreReadOnlyError = class extends StateStoreError {
  name = "StateStoreReadOnlyError";
  constructor(shortMessage, options) {
    super(shortMessage, options, "STATE_READ_ONLY");
  }
};
var StateConflictError = class extends StateStoreError {
  name = "StateConflictError";
  constructor(shortMessage, options) {
    super(shortMessage, options, "STATE_CONFLICT");
  }
};
var JournalError = class extends PolyvmError {
  name = "JournalError";
  constructor(shortMessage, options) {
    super("JOURNAL", shortMessage, options);
  }
};
var UsageError = class extends PolyvmError {
  name = "UsageError";
  constructor(shortMessage, options) {
    super("USAGE", shortMessage, options);
  }
};

export {
  PolyvmError,
  InvalidArgumentError,
  InvalidHexError,
  InvalidInputFileError,
  StateStoreError,
  StateStoreCorruptError,
  StateStoreReadOnlyError,
  StateConflictError,
  JournalError,
  UsageError
};
