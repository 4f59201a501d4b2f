/** An upload Sift will not take, with the message to show beside the file field. */
export class UploadRejected {
  constructor(readonly message: string) {}
}
