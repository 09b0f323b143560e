/**
 * The error a failing instruction raises inside the engine. The engine catches it (and any
 * other error a handler raises) and turns it into the FAULT state with this message, as
 * neo-vm's `ExecutionEngine.ExecuteNext` does; it never escapes `execute()`.
 */
export class VMFault extends Error {
  override name = 'VMFault';
}

/** Raised when a stack item cannot be read as the type an instruction needs. */
export class InvalidCastFault extends VMFault {
  override name = 'InvalidCastFault';
}

/** Raised for an invalid script: an unknown opcode or an operand running past the end. */
export class BadScriptFault extends VMFault {
  override name = 'BadScriptFault';
}
